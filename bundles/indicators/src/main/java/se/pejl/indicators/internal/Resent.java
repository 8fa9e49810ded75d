package se.pejl.indicators.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The rows one change read sends again without a change: each read looks back a little, so rows
 * written just before come twice. Such a row is known by its write time, which the tables keep
 * as a stamp; its scores, items, goals and marks are then skipped as well.
 */
final class Resent {
  private final Set<Long> answers = new HashSet<>();
  private final Set<Long> episodes = new HashSet<>();

  /** A row's write time to the nanosecond, as the tables keep it; 0 when the source did not say. */
  static long stamp(Instant updatedAt) {
    return updatedAt == null ? 0 : updatedAt.getEpochSecond() * 1_000_000_000L + updatedAt.getNano();
  }

  /** Whether a row already held with {@code stamp} is the one sent, written at {@code updatedAt}. */
  static boolean same(long stamp, Instant updatedAt) {
    return updatedAt != null && stamp == stamp(updatedAt);
  }

  /**
   * Makes unknown the stamps of every row a read from {@code since} (null: the first read) may have
   * touched, so that they count as changed when sent again.
   */
  static void forget(Instant since, Collection<AnswerTable> answers, EpisodeTable episodes, LinkTable links) {
    long from = since == null ? Long.MIN_VALUE : stamp(since);
    answers.forEach(t -> forget(t.stamp, t.size, from));
    forget(episodes.stamp, episodes.size, from);
    forget(links.stamp, links.size, from);
  }

  private static void forget(long[] stamps, int size, long from) {
    for (int row = 0; row < size; row++) {
      if (stamps[row] >= from) {
        stamps[row] = 0;
      }
    }
  }

  /** Before a read. */
  void clear() {
    answers.clear();
    episodes.clear();
  }

  void answer(long id) {
    answers.add(id);
  }

  void episode(long id) {
    episodes.add(id);
  }

  boolean isAnswer(long id) {
    return !answers.isEmpty() && answers.contains(id);
  }

  boolean isEpisode(long id) {
    return !episodes.isEmpty() && episodes.contains(id);
  }
}
