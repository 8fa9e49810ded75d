package se.pejl.indicators.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Episodes as columns, with their documentation and goal ratings reduced to what indicators read. */
final class EpisodeTable {
  static final byte PURPOSE = 1;
  static final byte CONTENT = 2;
  static final byte RESULT = 4;
  static final byte GOALS = 8;

  int size;
  long[] id = new long[0];
  int[] municipality = new int[0];
  int[] unit = new int[0];
  int[] type = new int[0];
  int[] group = new int[0];
  int[] start = new int[0];
  int[] plannedEnd = new int[0];
  int[] end = new int[0];
  /** When the row was last written ({@link Resent#stamp}), 0 when the source did not say. */
  long[] stamp = new long[0];
  /** Which parts of the documentation are written, as bits. */
  byte[] documented = new byte[0];
  int[] ratedGoals = new int[0];
  int[] ratingSum = new int[0];
  /** Occasions marked not applicable, by row; few episodes have any. */
  final Map<Integer, Set<Integer>> notApplicable = new HashMap<>();

  int append(long episodeId) {
    int row = size++;
    id = Columns.fit(id, size);
    municipality = Columns.fit(municipality, size);
    unit = Columns.fit(unit, size);
    type = Columns.fit(type, size);
    group = Columns.fit(group, size);
    start = Columns.fit(start, size);
    plannedEnd = Columns.fit(plannedEnd, size);
    end = Columns.fit(end, size);
    stamp = Columns.fit(stamp, size);
    documented = Columns.fit(documented, size);
    ratedGoals = Columns.fit(ratedGoals, size);
    ratingSum = Columns.fit(ratingSum, size);
    id[row] = episodeId;
    return row;
  }

  /** Before an episode's goals and marks are sent again. */
  void clearGoalsAndMarks(int row) {
    ratedGoals[row] = 0;
    ratingSum[row] = 0;
    documented[row] &= ~GOALS;
    notApplicable.remove(row);
  }

  void goal(int row, Integer attainment) {
    documented[row] |= GOALS;
    if (attainment != null) {
      ratedGoals[row]++;
      ratingSum[row] += attainment;
    }
  }

  void notApplicable(int row, int occasion) {
    notApplicable.computeIfAbsent(row, r -> new HashSet<>()).add(occasion);
  }

  boolean isNotApplicable(int row, int occasion) {
    Set<Integer> marked = notApplicable.get(row);
    return marked != null && marked.contains(occasion);
  }

  boolean has(int row, byte part) {
    return (documented[row] & part) != 0;
  }
}
