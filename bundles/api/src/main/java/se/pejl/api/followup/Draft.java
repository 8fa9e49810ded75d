package se.pejl.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A partly filled form, saved so that the caseworker can finish it later. Nothing in a draft
 * counts anywhere until it is submitted.
 *
 * @param id Pejl's id
 * @param episodeId the episode
 * @param instrumentId the instrument being filled
 * @param occasion the occasion it is for
 * @param answeredOn the day of the answer, or null for the day it is submitted
 * @param answers the answers so far, item id to value
 * @param createdBy the user who started it
 * @param createdAt when
 * @param updatedBy the user who saved it last
 * @param updatedAt when
 */
public record Draft(
    long id,
    long episodeId,
    String instrumentId,
    String occasion,
    LocalDate answeredOn,
    Map<String, Object> answers,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt) {

  public Draft {
    Objects.requireNonNull(instrumentId, "instrumentId");
    answers = withoutBlanks(answers);
  }

  /** The answers without items left unanswered (null), which {@link Map#copyOf} would refuse. */
  public static Map<String, Object> withoutBlanks(Map<String, Object> answers) {
    Map<String, Object> kept = new LinkedHashMap<>();
    if (answers != null) {
      answers.forEach((k, v) -> {
        if (k != null && v != null) {
          kept.put(k, v);
        }
      });
    }
    return java.util.Collections.unmodifiableMap(kept);
  }
}
