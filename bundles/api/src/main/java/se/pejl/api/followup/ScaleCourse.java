package se.pejl.api.followup;

import java.util.List;

/**
 * One scale's scores over the occasions of an episode, with the child's change.
 *
 * @param instrumentId the instrument
 * @param scaleId the scale, stable across comparable versions
 * @param nameSv the scale's name in Swedish, as of the latest score's version
 * @param nameEn the scale's name in English
 * @param bbicArea the BBIC area key, or {@code null}
 * @param higherIsBetter the scale's polarity
 * @param cutOff the clinical cut-off, or {@code null}
 * @param points the scores, by occasion (start, end, follow-up) and then by day
 * @param change the first against the latest score, or {@code null} with fewer than two
 */
public record ScaleCourse(
    String instrumentId,
    String scaleId,
    String nameSv,
    String nameEn,
    String bbicArea,
    boolean higherIsBetter,
    Double cutOff,
    List<ScorePoint> points,
    Change change) {

  public ScaleCourse {
    points = List.copyOf(points);
  }
}
