package se.pejl.host.demo.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;

/**
 * The seed plan speaks of well-being points (higher is better on every item); a child answers
 * the questions as written. For an item the instrument scores reversed ("I worry a lot …"), the
 * answer is the mirror of the points, so the plan's improvements show as improvements.
 */
final class AsAnswered implements UnaryOperator<Map<String, Object>> {
  private final InstrumentRegistry instruments;

  AsAnswered(InstrumentRegistry instruments) {
    this.instruments = instruments;
  }

  @Override
  public Map<String, Object> apply(Map<String, Object> points) {
    var instrument = instruments.find(SeedPlan.INSTRUMENT);
    if (instrument.isEmpty()) {
      return points; // the follow-up service names the missing instrument when it is submitted
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    points.forEach((id, value) -> answers.put(id, instrument.get().item(id)
        .filter(Item::reversed)
        .<Object>map(item -> item.min() + item.max() - (Integer) value)
        .orElse(value)));
    return answers;
  }
}
