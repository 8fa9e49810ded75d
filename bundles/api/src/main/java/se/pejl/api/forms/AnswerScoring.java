package se.pejl.api.forms;

import java.util.Map;

/** Checks answers against an instrument and computes its scale scores. */
public interface AnswerScoring {

  /**
   * Checks every answer and scores the scales.
   *
   * @param answers item id to answer; a {@code null} answer counts as not answered
   * @throws se.pejl.api.InvalidInputException naming every wrong field ({@code answers.<item>}):
   *     unknown item, not a scale point, out of range, required item missing, answered although
   *     skip logic hides it
   */
  ScoredAnswers score(Instrument instrument, Map<String, Object> answers);
}
