package se.pejl.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;

/** Computes scale scores from checked answers. */
final class ScaleScores {
  /** Shares like 0.8 of 5 items must not fail on floating-point dust. */
  private static final double EPSILON = 1e-9;

  private ScaleScores() {}

  /** Each scale's score; a scale whose missing-item rule is not met is left out. */
  static Map<String, Double> of(Instrument instrument, AnswerChecker.Checked checked) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Scale scale : instrument.scales()) {
      Double score = score(instrument, scale, checked);
      if (score != null) {
        scores.put(scale.id(), score);
      }
    }
    return scores;
  }

  static Double score(Instrument instrument, Scale scale, AnswerChecker.Checked checked) {
    int shown = 0;
    List<Double> values = new ArrayList<>();
    for (String id : scale.items()) {
      if (!checked.shown().contains(id)) {
        continue; // skipped by skip logic: neither answered nor missing
      }
      shown++;
      Double value = checked.numbers().get(id);
      if (value != null) {
        Item item = instrument.item(id).orElseThrow();
        values.add(item.scored(value));
      }
    }
    if (values.isEmpty() || values.size() + EPSILON < scale.minAnswered() * shown) {
      return null;
    }
    double sum = values.stream().mapToDouble(Double::doubleValue).sum();
    int n = values.size();
    return switch (scale.method()) {
      // Prorated: the mean of the answered items stands in for each missing or skipped one.
      case SUM -> n == scale.items().size() ? sum : sum / n * scale.items().size();
      case MEAN -> sum / n;
      case GAS_T_SCORE -> ScaleMethod.gasT(sum, n, scale.rho());
    };
  }
}
