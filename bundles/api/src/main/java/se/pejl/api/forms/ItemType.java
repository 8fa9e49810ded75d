package se.pejl.api.forms;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of answer an item takes. */
public enum ItemType {
  /** One of the item's labelled scale points (Likert 0–4, 1–5, a ladder 0–10 …). */
  SINGLE_CHOICE("single-choice", true),
  /** Any number of the item's choices; a list of their values. */
  MULTIPLE_CHOICE("multiple-choice", false),
  /** Yes (1) or no (0); {@code true}/{@code false} are accepted too. */
  YES_NO("yes-no", true),
  /** A number between the item's min and max. */
  NUMBER("number", true),
  /** A calendar date, {@code yyyy-mm-dd}. */
  DATE("date", false),
  /** Free text: kept with the answer, never used in statistics. */
  TEXT("text", false),
  /** Goal attainment scaling: −2 much less than expected … 0 as expected … +2 much more. */
  GOAL_ATTAINMENT("goal-attainment", true);

  private final String key;
  private final boolean numeric;

  ItemType(String key, boolean numeric) {
    this.key = key;
    this.numeric = numeric;
  }

  /** The name in definitions and in the API, e.g. {@code single-choice}. */
  public String key() {
    return key;
  }

  /** Whether an answer is one number, which scales can use. */
  public boolean numeric() {
    return numeric;
  }

  public static Optional<ItemType> of(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
