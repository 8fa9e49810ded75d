package se.pejl.api.forms;

import java.util.Map;

/** Checks answers against an instrument and computes its scale scores. */
public interface AnswerScoring {

  /**
   * @throws se.pejl.api.InvalidInputException naming the wrong field ({@code answers.<item>})
   */
  ScoredAnswers score(Instrument instrument, Map<String, Object> answers);
}
