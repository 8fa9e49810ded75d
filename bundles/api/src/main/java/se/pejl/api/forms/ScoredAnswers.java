package se.pejl.api.forms;

import java.util.Map;

/**
 * Valid answers, and the scale scores computed from them.
 *
 * @param itemValues the answers of numeric items as numbers, as given (not reversed)
 * @param scores each scale's score; a scale whose missing-item rule was not met is absent
 * @param answers every answer, normalised: a number, a list of numbers (multiple choice), an ISO
 *     date string or a text. Texts are kept with the answer but never used in statistics.
 */
public record ScoredAnswers(
    Map<String, Double> itemValues, Map<String, Double> scores, Map<String, Object> answers) {

  public ScoredAnswers {
    itemValues = Map.copyOf(itemValues);
    scores = Map.copyOf(scores);
    answers = Map.copyOf(answers);
  }

  /** Numeric answers only. */
  public ScoredAnswers(Map<String, Double> itemValues, Map<String, Double> scores) {
    this(itemValues, scores, Map.<String, Object>copyOf(itemValues));
  }
}
