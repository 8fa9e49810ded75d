package se.pejl.api.store;

import java.time.LocalDate;
import java.util.Map;
import se.pejl.api.followup.Draft;

/**
 * A validated, scored answer with everything stored with it: its full answers (texts and dates
 * included), who gave it, and for anonymous group answers the group instead of an episode.
 *
 * @param episodeId the episode; null for an anonymous group answer
 * @param groupId the support group of an anonymous answer; null otherwise
 * @param unit the unit it is counted for
 * @param instrumentId the instrument
 * @param instrumentVersion the version it was given under
 * @param occasion the occasion
 * @param answeredOn the day of the answer
 * @param answers every answer, as validated
 * @param itemValues the numeric answers
 * @param scores the scale scores
 * @param demographics the snapshot for statistics; null while the host could not be asked, and
 *     always null for an anonymous answer, which never gets one (it has no client)
 * @param recordedBy a user id, or {@code survey-link <id>}
 */
public record NewAnswer(
    Long episodeId,
    String groupId,
    String unit,
    String instrumentId,
    int instrumentVersion,
    String occasion,
    LocalDate answeredOn,
    Map<String, Object> answers,
    Map<String, Double> itemValues,
    Map<String, Double> scores,
    Demographics demographics,
    String recordedBy) {

  public NewAnswer {
    answers = Draft.withoutBlanks(answers);
    itemValues = Map.copyOf(itemValues);
    scores = Map.copyOf(scores);
  }

  /** An anonymous answer: tied to a group, not to a client, and never waiting for a snapshot. */
  public boolean isAnonymous() {
    return episodeId == null;
  }
}
