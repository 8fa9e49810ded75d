package se.pejl.api.indicators;

import java.util.List;
import java.util.Objects;
import se.pejl.api.forms.Text;

/**
 * The answers to one item, spread over its choices.
 *
 * @param itemId the item, stable across the instrument's versions
 * @param text the question
 * @param bbicArea the BBIC area key of the first scale the item belongs to, or {@code null}
 * @param n answers to the item, or {@code null} when suppressed
 * @param suppressed true when the whole item is hidden: fewer than the threshold answered it, or
 *     its counts would give each other back
 * @param choices every choice of the item, lowest value first, also those no one chose
 */
public record ItemDistribution(
    String itemId,
    Text text,
    String bbicArea,
    Integer n,
    boolean suppressed,
    List<ChoiceCount> choices) {

  public ItemDistribution {
    Objects.requireNonNull(itemId, "itemId");
    choices = List.copyOf(choices);
    if (suppressed && (n != null || choices.stream().anyMatch(c -> !c.suppressed()))) {
      throw new IllegalArgumentException("a suppressed item carries neither n nor a count");
    }
  }
}
