package se.pejl.api.forms;

import java.util.Map;

/** Valid answers as numbers, and the scale scores computed from them. */
public record ScoredAnswers(Map<String, Double> itemValues, Map<String, Double> scores) {
  public ScoredAnswers {
    itemValues = Map.copyOf(itemValues);
    scores = Map.copyOf(scores);
  }
}
