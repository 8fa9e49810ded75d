package se.pejl.forms.internal;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import se.pejl.api.forms.AnswerScoring;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.ScoredAnswers;

/** Checks answers against an instrument and computes its scale scores. Stateless. */
@Component(service = AnswerScoring.class)
public final class AnswerScorer implements AnswerScoring {
  private final AnswerChecker checker = new AnswerChecker();

  @Override
  public ScoredAnswers score(Instrument instrument, Map<String, Object> answers) {
    AnswerChecker.Checked checked = checker.check(instrument, answers == null ? Map.of() : answers);
    return new ScoredAnswers(checked.numbers(), ScaleScores.of(instrument, checked), checked.answers());
  }
}
