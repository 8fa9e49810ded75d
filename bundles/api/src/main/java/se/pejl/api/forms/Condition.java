package se.pejl.api.forms;

import java.util.List;

/**
 * Skip logic: an item is shown only when an earlier item is answered, or answered with one of
 * some values. An item not shown is not "missing": it counts neither as answered nor as missing.
 *
 * @param item the earlier item
 * @param values the answers that show the item (for multiple choice: any of them chosen); empty
 *     means any answer
 */
public record Condition(String item, List<Integer> values) {

  public Condition {
    values = List.copyOf(values);
  }
}
