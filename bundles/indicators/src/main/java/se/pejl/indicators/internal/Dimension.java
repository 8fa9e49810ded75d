package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a table can be split by. A dimension where one child can count in several values (the
 * occasion an answer was given at, the BBIC area of a scale) has no total over it: such a total
 * would count the child twice, and its n would not be the sum of the others.
 */
enum Dimension {
  MUNICIPALITY("municipality", true),
  UNIT("unit", true),
  GENDER("gender", true),
  AGE_BAND("age-band", true),
  EPISODE_TYPE("episode-type", true),
  GROUP("group", true),
  YEAR("year", true),
  HALF_YEAR("half-year", true),
  QUARTER("quarter", true),
  OCCASION("occasion", false),
  BBIC_AREA("bbic-area", false);

  private final String key;
  private final boolean totalled;

  Dimension(String key, boolean totalled) {
    this.key = key;
    this.totalled = totalled;
  }

  String key() {
    return key;
  }

  /** Whether the table has a total over this dimension ({@link se.pejl.api.indicators.Cell#ALL}). */
  boolean totalled() {
    return totalled;
  }

  boolean isPeriod() {
    return this == YEAR || this == HALF_YEAR || this == QUARTER;
  }

  static Optional<Dimension> of(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
  }
}
