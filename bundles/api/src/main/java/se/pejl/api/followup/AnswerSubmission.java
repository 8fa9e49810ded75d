package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.Map;

/**
 * The answers to one instrument at one occasion of an episode.
 *
 * @param episodeId the episode
 * @param instrumentId the instrument answered
 * @param occasion e.g. {@link Occasion#START}
 * @param answeredOn the day of the answer; today when {@code null}
 * @param answers item id to value (a number for scale items)
 */
public record AnswerSubmission(
    long episodeId,
    String instrumentId,
    String occasion,
    LocalDate answeredOn,
    Map<String, Object> answers) {

  public AnswerSubmission {
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }
}
