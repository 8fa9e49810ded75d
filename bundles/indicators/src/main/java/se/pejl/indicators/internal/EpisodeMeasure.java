package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.Optional;

/** A number measured per episode, for a mean or median over episodes. */
enum EpisodeMeasure {
  /** Days from the episode's start to its first answer; episodes without an answer are left out. */
  DAYS_TO_FIRST_ANSWER("days-to-first-answer");

  private final String key;

  EpisodeMeasure(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  static Optional<EpisodeMeasure> of(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
