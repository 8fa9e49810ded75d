package se.pejl.api.forms;

import java.util.List;
import java.util.Optional;

/**
 * A versioned form definition (formulär). Answers always keep the version they were given under.
 */
public record Instrument(
    String id, int version, String titleSv, String titleEn, List<Item> items, List<Scale> scales) {

  public Instrument {
    items = List.copyOf(items);
    scales = List.copyOf(scales);
  }

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  public Optional<Scale> scale(String scaleId) {
    return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }
}
