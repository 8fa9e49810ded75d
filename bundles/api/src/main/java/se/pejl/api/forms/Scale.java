package se.pejl.api.forms;

import java.util.List;

/**
 * A score computed from some of an instrument's items.
 *
 * @param id stable within the instrument
 * @param nameSv name in Swedish
 * @param nameEn name in English
 * @param items the item ids summed
 * @param min lowest possible score
 * @param max highest possible score
 * @param higherIsBetter polarity, for "improved" and "worsened"
 * @param bbicArea the BBIC area, e.g. {@code emotional-behavioural}
 */
public record Scale(
    String id,
    String nameSv,
    String nameEn,
    List<String> items,
    double min,
    double max,
    boolean higherIsBetter,
    String bbicArea) {

  public Scale {
    items = List.copyOf(items);
  }
}
