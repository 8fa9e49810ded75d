package se.pejl.api.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One question of an instrument.
 *
 * @param id stable within the instrument and across its versions
 * @param type the kind of answer
 * @param section the section id, or {@code null}
 * @param text the question
 * @param wording the question worded for a kind of respondent, where it differs from {@code text}
 * @param choices the labelled scale points (single choice, goal attainment) or choices (multiple
 *     choice), lowest first; empty for the other types
 * @param min the lowest value a numeric answer can have
 * @param max the highest value a numeric answer can have
 * @param reversed scored as {@code min + max - answer}
 * @param required must be answered whenever it is shown
 * @param showWhen skip logic, or {@code null} when always shown
 */
public record Item(
    String id,
    ItemType type,
    String section,
    Text text,
    Map<Respondent, Text> wording,
    List<Choice> choices,
    int min,
    int max,
    boolean reversed,
    boolean required,
    Condition showWhen) {

  public Item {
    wording = Map.copyOf(wording);
    choices = List.copyOf(choices);
  }

  /**
   * A required single-choice item with unlabelled whole-number scale points from {@code min} to
   * {@code max}, the only kind of item of {@code schemaVersion} 1.
   */
  public Item(String id, int min, int max, String textSv, String textEn, boolean reversed) {
    this(id, ItemType.SINGLE_CHOICE, null, new Text(textSv, textEn), Map.of(),
        IntStream.rangeClosed(min, max)
            .mapToObj(v -> new Choice(v, new Text(String.valueOf(v), String.valueOf(v)))).toList(),
        min, max, reversed, true, null);
  }

  /** The question as this respondent reads it. */
  public Text text(Respondent respondent) {
    return respondent == null ? text : wording.getOrDefault(respondent, text);
  }

  public Optional<Choice> choice(int value) {
    return choices.stream().filter(c -> c.value() == value).findFirst();
  }

  /** The value a scale counts for an answer: mirrored when the item is reversed. */
  public double scored(double answer) {
    return reversed ? min + max - answer : answer;
  }
}
