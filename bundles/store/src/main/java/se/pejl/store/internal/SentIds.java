package se.pejl.store.internal;

import java.util.Arrays;

/**
 * The ids of the rows just sent, so that the rows of theirs read next (scores, goals, …) are sent
 * for exactly those. Nothing locks the tables between the two reads: a row committed in between
 * may have its children read without itself, and it is sent whole on the next read.
 */
final class SentIds {
  private long[] ids = new long[1024];
  private int size;
  private boolean sorted = true;
  /** Children come grouped by their parent, so most lookups repeat the one before. */
  private long last = Long.MIN_VALUE;

  void add(long id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    sorted &= size == 0 || ids[size - 1] < id;
    ids[size++] = id;
  }

  boolean contains(long id) {
    if (id == last) {
      return true;
    }
    if (!sorted) {
      Arrays.sort(ids, 0, size);
      sorted = true;
    }
    if (Arrays.binarySearch(ids, 0, size, id) < 0) {
      return false;
    }
    last = id;
    return true;
  }
}
