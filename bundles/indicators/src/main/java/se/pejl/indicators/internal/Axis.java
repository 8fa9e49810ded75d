package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One dimension of a table: the values met, numbered 1, 2, … in the order met (0 is the total),
 * with the label each is published under.
 */
final class Axis {
  final Dimension dimension;
  private final IntFunction<String> label;
  private int[] indexOfRaw = new int[64];
  private final List<String> labels = new ArrayList<>(List.of("ALL"));

  Axis(Dimension dimension, IntFunction<String> label) {
    this.dimension = dimension;
    this.label = label;
  }

  /** The value's index, numbering it when first met. Raw values are small and not negative. */
  int index(int raw) {
    if (raw >= indexOfRaw.length) {
      indexOfRaw = Arrays.copyOf(indexOfRaw, Math.max(raw + 1, indexOfRaw.length * 2));
    }
    int i = indexOfRaw[raw];
    if (i == 0) {
      labels.add(label.apply(raw));
      i = labels.size() - 1;
      indexOfRaw[raw] = i;
    }
    return i;
  }

  /** How many indices, the total's 0 included. */
  int size() {
    return labels.size();
  }

  String label(int index) {
    return labels.get(index);
  }
}
