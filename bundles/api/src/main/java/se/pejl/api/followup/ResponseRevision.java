package se.pejl.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One state of a stored answer. The first revision is the answer as submitted; each edit adds the
 * next, with who made it, when and why. Earlier revisions stay readable; statistics use only the
 * newest.
 *
 * @param responseId the answer
 * @param episodeId its episode
 * @param instrumentId the instrument
 * @param instrumentVersion the version the answer was given under; an edit keeps it
 * @param occasion the occasion
 * @param answeredOn the day of the answer
 * @param revision 1 for the answer as submitted, 2 for the first edit, …
 * @param answers item id to value, as validated
 * @param scores the scale scores computed from these answers
 * @param changedBy who submitted (revision 1) or edited it: a user id, or {@code survey-link <id>}
 *     for an answer given through a survey link; null for answers stored before revisions existed
 * @param changedAt when
 * @param reason why it was edited; null for revision 1
 */
public record ResponseRevision(
    long responseId,
    long episodeId,
    String instrumentId,
    int instrumentVersion,
    String occasion,
    LocalDate answeredOn,
    int revision,
    Map<String, Object> answers,
    Map<String, Double> scores,
    String changedBy,
    Instant changedAt,
    String reason) {

  public ResponseRevision {
    answers = Draft.withoutBlanks(answers);
    scores = Map.copyOf(scores);
  }
}
