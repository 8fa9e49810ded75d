package se.pejl.indicators.internal;

/**
 * The small-number rule for the counts of one item, published with their sum n: a one-line table
 * whose line total is n. As in {@link Suppression}, a count from fewer than the threshold is
 * hidden and a zero is not (a zero names no child, and the indicator tables show empty groups by
 * leaving them out). Then, as the line rule there, more counts are hidden, smallest first, while a
 * reader could work one hidden count out: n minus the published counts gives the sum of the hidden
 * ones, which pins a lone hidden count, and also pins every hidden count when they are all ones,
 * since each is known to be at least one (a zero would have been published). When even hiding
 * every other count does not help, or n itself is below the threshold, the item is hidden whole.
 */
final class ChoiceSuppression {
  private ChoiceSuppression() {}

  /**
   * Which counts to hide.
   *
   * @param counts each choice's count
   * @return true where hidden, or null when the whole item is, n with it
   */
  static boolean[] hidden(int[] counts, int threshold) {
    return hidden(counts, threshold, new boolean[counts.length]);
  }

  /**
   * As {@link #hidden(int[], int)}, with more counts hidden from the start (e.g. for their rest,
   * {@link RestRule}); a zero stays published, as it names no child.
   */
  static boolean[] hidden(int[] counts, int threshold, boolean[] alsoHidden) {
    int n = 0;
    boolean[] hidden = new boolean[counts.length];
    for (int c = 0; c < counts.length; c++) {
      n += counts[c];
      hidden[c] = counts[c] > 0 && (counts[c] < threshold || alsoHidden[c]);
    }
    if (n < threshold) {
      return null;
    }
    while (derivable(counts, hidden)) {
      int next = smallestPublished(counts, hidden);
      if (next < 0) {
        return null; // e.g. n = 3 as 1 + 1 + 1: only hiding n keeps the ones unknown
      }
      hidden[next] = true;
    }
    return hidden;
  }

  /** Whether n and the published counts give a hidden count back. */
  private static boolean derivable(int[] counts, boolean[] hidden) {
    int many = 0;
    int sum = 0;
    for (int c = 0; c < counts.length; c++) {
      if (hidden[c]) {
        many++;
        sum += counts[c];
      }
    }
    return many == 1 || (many > 1 && sum == many);
  }

  /** The smallest published count above zero, the lowest choice among equals; -1 when none is left. */
  private static int smallestPublished(int[] counts, boolean[] hidden) {
    int smallest = -1;
    for (int c = 0; c < counts.length; c++) {
      if (!hidden[c] && counts[c] > 0 && (smallest < 0 || counts[c] < counts[smallest])) {
        smallest = c;
      }
    }
    return smallest;
  }
}
