package se.pejl.indicators.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import se.pejl.api.Gender;
import se.pejl.api.store.StatisticsSink;

/**
 * The answers to one instrument, one row each, as columns: what every indicator over the
 * instrument reads, without objects per answer. Scores and item values are NaN where missing.
 */
final class AnswerTable {
  /** Gender codes; {@link #PENDING} while the host's snapshot is missing. */
  static final byte PENDING = 0;
  static final byte GIRL = 1;
  static final byte BOY = 2;
  static final byte OTHER = 3;

  final String instrument;
  int size;
  long[] id = new long[0];
  long[] episode = new long[0];
  /** Row of the episode in {@link EpisodeTable}, -1 until it is known or for anonymous answers. */
  int[] episodeRow = new int[0];
  int[] group = new int[0];
  int[] municipality = new int[0];
  int[] unit = new int[0];
  byte[] gender = new byte[0];
  /** -1 when not known. */
  byte[] age = new byte[0];
  int[] version = new int[0];
  int[] occasion = new int[0];
  int[] day = new int[0];
  /** When the row was last written ({@link Resent#stamp}), 0 when the source did not say. */
  long[] stamp = new long[0];
  private final Map<String, float[]> scores = new HashMap<>();
  private final Map<String, float[]> items = new HashMap<>();

  AnswerTable(String instrument) {
    this.instrument = instrument;
  }

  /** A new row, every score and item value missing. */
  int append(long answerId) {
    int row = size++;
    id = Columns.fit(id, size);
    episode = Columns.fit(episode, size);
    episodeRow = Columns.fit(episodeRow, size);
    group = Columns.fit(group, size);
    municipality = Columns.fit(municipality, size);
    unit = Columns.fit(unit, size);
    gender = Columns.fit(gender, size);
    age = Columns.fit(age, size);
    version = Columns.fit(version, size);
    occasion = Columns.fit(occasion, size);
    day = Columns.fit(day, size);
    stamp = Columns.fit(stamp, size);
    scores.replaceAll((k, v) -> Columns.fit(v, size));
    items.replaceAll((k, v) -> Columns.fit(v, size));
    id[row] = answerId;
    episodeRow[row] = -1;
    return row;
  }

  /** Before a changed answer's scores and item values are sent again. */
  void clearValues(int row) {
    scores.values().forEach(v -> v[row] = Float.NaN);
    items.values().forEach(v -> v[row] = Float.NaN);
  }

  void score(int row, String scale, double value) {
    scores.computeIfAbsent(scale, k -> Columns.missing(id.length))[row] = (float) value;
  }

  void item(int row, String item, double value) {
    items.computeIfAbsent(item, k -> Columns.missing(id.length))[row] = (float) value;
  }

  /** The scale's column, or null when no answer has a score on it. */
  float[] scores(String scale) {
    return scores.get(scale);
  }

  float[] items(String item) {
    return items.get(item);
  }

  Set<String> scales() {
    return scores.keySet();
  }

  /** Whether the answer counts in statistics: its snapshot is there (anonymous answers have none to wait for). */
  boolean counted(int row) {
    return gender[row] != PENDING;
  }

  /** Finds the rows of episodes that arrived after their answers; how many are still missing. */
  int resolveEpisodes(LongIntMap episodeRows) {
    int unresolved = 0;
    for (int r = 0; r < size; r++) {
      if (episodeRow[r] < 0 && episode[r] != 0) {
        episodeRow[r] = episodeRows.get(episode[r]);
        unresolved += episodeRow[r] < 0 ? 1 : 0;
      }
    }
    return unresolved;
  }

  /** The gender code of an answer: pending while its snapshot is missing. */
  static byte gender(StatisticsSink.Answer a) {
    if (a.episodeId() == null) {
      return OTHER; // anonymous: never waits for a snapshot, never split by gender
    }
    if (a.gender() == null) {
      return PENDING;
    }
    return a.gender() == Gender.GIRL ? GIRL : a.gender() == Gender.BOY ? BOY : OTHER;
  }
}
