package se.pejl.api.indicators;

import se.pejl.api.forms.Text;

/**
 * How many chose one choice of an item.
 *
 * @param value the number the choice is stored as
 * @param label what the respondent saw
 * @param count how many chose it, or {@code null} when suppressed
 * @param share {@code count} of the item's n, 0–1, or {@code null} when suppressed
 * @param suppressed true when the count is hidden by the small-number rule
 */
public record ChoiceCount(int value, Text label, Integer count, Double share, boolean suppressed) {

  public ChoiceCount {
    if (suppressed && (count != null || share != null)) {
      throw new IllegalArgumentException("a suppressed count carries neither count nor share");
    }
  }

  public static ChoiceCount suppressed(int value, Text label) {
    return new ChoiceCount(value, label, null, null, true);
  }
}
