package se.pejl.forms.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import se.pejl.api.InvalidInputException;
import se.pejl.api.forms.AnswerScoring;
import se.pejl.api.forms.ScoredAnswers;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Scale;

/** Checks answers against an instrument and computes its scale scores. */
@Component(service = AnswerScoring.class)
public final class AnswerScorer implements AnswerScoring {

  /**
   * Validates every answer and scores the scales.
   *
   * @throws InvalidInputException naming the first wrong field ({@code answers.<item>})
   */
  @Override
  public ScoredAnswers score(Instrument instrument, Map<String, Object> answers) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> answer : answers.entrySet()) {
      Item item = instrument.item(answer.getKey()).orElseThrow(() -> new InvalidInputException(
          "answers." + answer.getKey(), "error.answer.unknownItem", answer.getKey()));
      values.put(item.id(), (double) valueOf(item, answer.getValue()));
    }
    for (Item item : instrument.items()) {
      if (!values.containsKey(item.id())) {
        throw new InvalidInputException("answers." + item.id(), "error.answer.missing", item.id());
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Scale scale : instrument.scales()) {
      double sum = 0;
      for (String id : scale.items()) {
        Item item = instrument.item(id).orElseThrow();
        double v = values.get(id);
        sum += item.reversed() ? item.min() + item.max() - v : v;
      }
      scores.put(scale.id(), sum);
    }
    return new ScoredAnswers(values, scores);
  }

  private static int valueOf(Item item, Object raw) {
    String field = "answers." + item.id();
    int value;
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      value = ((Number) raw).intValue();
    } else if (raw instanceof Number n && isWhole(n)) {
      value = new BigDecimal(n.toString()).intValueExact();
    } else {
      throw new InvalidInputException(field, "error.answer.notNumber", item.id(), String.valueOf(raw));
    }
    if (value < item.min() || value > item.max()) {
      throw new InvalidInputException(field, "error.answer.outOfRange", item.id(), item.min(), item.max(), value);
    }
    return value;
  }

  private static boolean isWhole(Number n) {
    try {
      BigDecimal d = new BigDecimal(n.toString());
      return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
    } catch (NumberFormatException e) {
      return false; // NaN or infinite
    }
  }
}
