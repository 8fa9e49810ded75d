package se.pejl.api.forms;

import java.util.List;
import java.util.Optional;

/**
 * A versioned form definition (formulär), identified by id and version. Answers always keep the
 * version they were given under; a new version never changes them.
 *
 * @param id stable across versions, e.g. {@code parent-survey}
 * @param version 1, 2, …
 * @param title the title
 * @param description a short introduction for the respondent, or {@code null}
 * @param respondents who answers it
 * @param sections the sections, in order; empty when it has none
 * @param items the items, in order
 * @param scales the scales computed from the items
 */
public record Instrument(
    String id,
    int version,
    Text title,
    Text description,
    List<Respondent> respondents,
    List<Section> sections,
    List<Item> items,
    List<Scale> scales) {

  public Instrument {
    respondents = List.copyOf(respondents);
    sections = List.copyOf(sections);
    items = List.copyOf(items);
    scales = List.copyOf(scales);
  }

  /** An instrument of {@code schemaVersion} 1 shape: items and scales only. */
  public Instrument(String id, int version, String titleSv, String titleEn, List<Item> items,
      List<Scale> scales) {
    this(id, version, new Text(titleSv, titleEn), null, List.of(), List.of(), items, scales);
  }

  public String titleSv() {
    return title.sv();
  }

  public String titleEn() {
    return title.en();
  }

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  public Optional<Scale> scale(String scaleId) {
    return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }
}
