package se.pejl.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long id lists, since databases limit how many values an IN list may hold. */
final class Chunks {
  private static final int SIZE = 500;

  private Chunks() {}

  static List<List<Long>> of(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += SIZE) {
      chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
    }
    return chunks;
  }
}
