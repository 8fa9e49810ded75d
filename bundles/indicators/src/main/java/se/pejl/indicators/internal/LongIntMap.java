package se.pejl.indicators.internal;

/**
 * Database id to row, for a million rows without a million boxed entries: open addressing with
 * linear probing. Ids are positive, so 0 marks a free slot.
 */
final class LongIntMap {
  private long[] keys = new long[1 << 10];
  private int[] values = new int[1 << 10];
  private int size;

  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return -1;
  }

  void put(long key, int value) {
    if (key <= 0) {
      throw new IllegalArgumentException("ids are positive: " + key);
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

}
