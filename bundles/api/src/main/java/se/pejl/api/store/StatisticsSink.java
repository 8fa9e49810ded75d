package se.pejl.api.store;

import java.time.Instant;
import java.time.LocalDate;
import se.pejl.api.Gender;

/**
 * Receives rows from {@link StatisticsSource#changedSince}. The order: answers, then the scores
 * and item values of the answers just sent, then episodes, then their goals and not-applicable
 * occasions, then survey links. Within a kind the rows come in no particular order (find them by
 * id), except that an episode's goals come in their own order; a score, item, goal or occasion
 * comes only for a row sent in the same call.
 *
 * <p>A source may send a row again that has not changed (it looks back a little, for transactions
 * that committed late); such a row comes with the same {@code updatedAt} as before, and so do its
 * scores, items, goals and marks. {@code updatedAt} is null from a source that does not know it:
 * the row then counts as changed.
 */
public interface StatisticsSink {

  /**
   * One answer.
   *
   * @param episodeId null for an anonymous group answer
   * @param groupId the support group of an anonymous answer, else null
   * @param gender null while the snapshot is missing
   * @param age null while the snapshot is missing
   * @param updatedAt when the answer was last written, or null
   */
  record Answer(long id, Long episodeId, String groupId, String municipality, String unit,
      Gender gender, Integer age, String instrumentId, int instrumentVersion, String occasion,
      LocalDate answeredOn, Instant updatedAt) {
    /** Without the time it was written: counts as changed each time it is sent. */
    public Answer(long id, Long episodeId, String groupId, String municipality, String unit,
        Gender gender, Integer age, String instrumentId, int instrumentVersion, String occasion,
        LocalDate answeredOn) {
      this(id, episodeId, groupId, municipality, unit, gender, age, instrumentId, instrumentVersion,
          occasion, answeredOn, null);
    }
  }

  /**
   * One episode, with whether its documentation is written.
   *
   * @param plannedEnd null when not planned
   * @param end null while it runs
   * @param updatedAt when the episode, its goals or its marks were last written, or null
   */
  record Episode(long id, String municipality, String unit, String type, String groupId,
      LocalDate start, LocalDate plannedEnd, LocalDate end, boolean purposeWritten,
      boolean contentWritten, boolean resultWritten, Instant updatedAt) {
    /** Without the time it was written: counts as changed each time it is sent. */
    public Episode(long id, String municipality, String unit, String type, String groupId,
        LocalDate start, LocalDate plannedEnd, LocalDate end, boolean purposeWritten,
        boolean contentWritten, boolean resultWritten) {
      this(id, municipality, unit, type, groupId, start, plannedEnd, end, purposeWritten,
          contentWritten, resultWritten, null);
    }
  }

  /**
   * One survey link.
   *
   * @param episodeId the episode of a personal link, else null
   * @param groupId the group of a group link, else null
   * @param updatedAt when the link was last written, or null
   */
  record SurveyLink(long id, String municipality, String unit, Long episodeId, String groupId,
      String instrumentId, String occasion, Instant createdAt, Instant expiresAt, int answers,
      boolean withdrawn, Instant updatedAt) {
    /** Without the time it was written: counts as changed each time it is sent. */
    public SurveyLink(long id, String municipality, String unit, Long episodeId, String groupId,
        String instrumentId, String occasion, Instant createdAt, Instant expiresAt, int answers,
        boolean withdrawn) {
      this(id, municipality, unit, episodeId, groupId, instrumentId, occasion, createdAt, expiresAt,
          answers, withdrawn, null);
    }
  }

  void answer(Answer answer);

  void score(long answerId, String scaleId, double score);

  void item(long answerId, String itemId, double value);

  void episode(Episode episode);

  /** One goal of an episode just sent, in order; {@code attainment} is −2…+2, or null until rated. */
  void goal(long episodeId, Integer attainment);

  /** An occasion of an episode just sent that a caseworker marked as not applicable. */
  void notApplicable(long episodeId, String occasion);

  void surveyLink(SurveyLink link);
}
