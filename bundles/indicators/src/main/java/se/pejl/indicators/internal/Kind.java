package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.Optional;

/** How an indicator is computed; each has its {@link Evaluation}. */
enum Kind {
  COUNT("count"),
  SHARE("share"),
  MEAN("mean"),
  MEDIAN("median"),
  MEAN_CHANGE("mean-change"),
  RELIABLE_CHANGE("reliable-change"),
  COVERAGE("coverage"),
  RESPONSE_RATE("response-rate"),
  GOAL_ATTAINMENT("goal-attainment");

  private final String key;

  Kind(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  static Optional<Kind> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  static String keys() {
    return String.join(", ", Arrays.stream(values()).map(Kind::key).toList());
  }
}
