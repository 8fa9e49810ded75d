package se.pejl.indicators.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an indicator's n counts, and so which dimensions it can be split by. Episodes carry no
 * gender or age (the host's snapshot is taken with each answer), so indicators over episodes,
 * occasions and links cannot be split by them.
 */
enum Population {
  /** Answers given at one or more occasions: one per child and occasion. */
  ANSWERS(EnumSet.complementOf(EnumSet.noneOf(Dimension.class))),
  /** Children with an answer at both of two occasions. */
  PAIRS(EnumSet.complementOf(EnumSet.of(Dimension.OCCASION, Dimension.BBIC_AREA))),
  /** Episodes (insatser). */
  EPISODES(EnumSet.of(Dimension.MUNICIPALITY, Dimension.UNIT, Dimension.EPISODE_TYPE, Dimension.GROUP,
      Dimension.YEAR, Dimension.HALF_YEAR, Dimension.QUARTER)),
  /** Occasions of the measurement plans that have come due. */
  OCCASIONS(EnumSet.of(Dimension.MUNICIPALITY, Dimension.UNIT, Dimension.EPISODE_TYPE, Dimension.GROUP,
      Dimension.YEAR, Dimension.HALF_YEAR, Dimension.QUARTER, Dimension.OCCASION)),
  /** Personal survey links whose answer time is over: answered, expired or withdrawn. */
  LINKS(EnumSet.of(Dimension.MUNICIPALITY, Dimension.UNIT, Dimension.EPISODE_TYPE, Dimension.GROUP,
      Dimension.YEAR, Dimension.HALF_YEAR, Dimension.QUARTER, Dimension.OCCASION));

  private final Set<Dimension> dimensions;

  Population(Set<Dimension> dimensions) {
    this.dimensions = Set.copyOf(dimensions);
  }

  Set<Dimension> dimensions() {
    return dimensions;
  }
}
