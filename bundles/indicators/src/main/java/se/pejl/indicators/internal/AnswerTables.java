package se.pejl.indicators.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of every instrument, a table each, and where each answer's row is. */
final class AnswerTables {
  private static final int ROW_MASK = (1 << 24) - 1;
  private final Map<String, AnswerTable> byInstrument = new LinkedHashMap<>();
  private final List<AnswerTable> tables = new ArrayList<>();
  /** Answer id to its table (index in {@link #tables}) and row, packed as table &lt;&lt; 24 | row. */
  private final LongIntMap rows = new LongIntMap();

  /** An answer's place: its instrument's table and its row there. */
  record Slot(AnswerTable table, int row) {}

  /** Whether the answer is held already as it was at {@code updatedAt} (sent again by an overlapping read). */
  boolean holds(long answerId, Instant updatedAt) {
    int at = rows.get(answerId);
    return at >= 0 && Resent.same(tables.get(at >>> 24).stamp[at & ROW_MASK], updatedAt);
  }

  /**
   * The answer's row, emptied of its values when it is there already (a changed answer), else a
   * new row of its instrument's table, which is made (and the instrument coded) on its first answer.
   */
  Slot place(long answerId, String instrument, Dictionary instruments) {
    int at = rows.get(answerId);
    if (at >= 0) {
      AnswerTable table = tables.get(at >>> 24);
      table.clearValues(at & ROW_MASK);
      return new Slot(table, at & ROW_MASK);
    }
    AnswerTable table = byInstrument.computeIfAbsent(instrument, i -> {
      if (tables.size() == Byte.MAX_VALUE) {
        throw new IllegalStateException("more than " + Byte.MAX_VALUE + " instruments answered");
      }
      instruments.code(i);
      tables.add(new AnswerTable(i));
      return tables.get(tables.size() - 1);
    });
    int row = table.append(answerId);
    if (row > ROW_MASK) {
      throw new IllegalStateException("more than " + ROW_MASK + " answers to " + instrument);
    }
    rows.put(answerId, (tables.indexOf(table) << 24) | row);
    return new Slot(table, row);
  }

  void score(long answerId, String scaleId, double score) {
    int at = rows.get(answerId);
    if (at >= 0) {
      tables.get(at >>> 24).score(at & ROW_MASK, scaleId, score);
    }
  }

  void item(long answerId, String itemId, double value) {
    int at = rows.get(answerId);
    if (at >= 0) {
      tables.get(at >>> 24).item(at & ROW_MASK, itemId, value);
    }
  }

  AnswerTable of(String instrument) {
    return byInstrument.get(instrument);
  }

  Collection<AnswerTable> all() {
    return byInstrument.values();
  }

  /** Links answers that came before their episode to its row; how many still wait for theirs. */
  int resolveEpisodes(LongIntMap episodeRows) {
    int unresolved = 0;
    for (AnswerTable t : tables) {
      unresolved += t.resolveEpisodes(episodeRows);
    }
    return unresolved;
  }
}
