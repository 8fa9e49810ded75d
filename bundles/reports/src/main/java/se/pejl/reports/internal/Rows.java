package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A report's rows, one map of field name to value each: all at hand, or arriving in groups while
 * the report is filled (a long list whose reads would otherwise hold the fill up).
 */
final class Rows {
  private final List<Map<String, ?>> all;
  private final Iterator<? extends List<? extends Map<String, ?>>> groups;
  private final int expected;
  private boolean given;

  private Rows(List<Map<String, ?>> all, Iterator<? extends List<? extends Map<String, ?>>> groups, int expected) {
    this.all = all;
    this.groups = groups;
    this.expected = expected;
  }

  static Rows of(List<? extends Map<String, ?>> rows) {
    return new Rows(List.copyOf(rows), null, rows.size());
  }

  /**
   * Rows that come a group at a time, each item made a row as it comes; taking the next group may
   * wait for it to be read.
   *
   * @param expected how many there will be at most, for progress
   */
  static <T> Rows fed(Iterator<? extends List<T>> feed, Function<T, Map<String, ?>> row, int expected) {
    Iterator<List<Map<String, ?>>> groups = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return feed.hasNext();
      }

      @Override
      public List<Map<String, ?>> next() {
        return feed.next().stream().<Map<String, ?>>map(row).toList();
      }
    };
    return new Rows(null, groups, expected);
  }

  /** How many rows there are, or for fed rows at most. */
  int expected() {
    return expected;
  }

  /** The rows for the filler; fed rows can be given to one fill only. */
  synchronized JRRewindableDataSource source() {
    if (all != null) {
      return new JRMapCollectionDataSource(all);
    }
    if (given) {
      throw new IllegalStateException("fed rows are given to one fill only");
    }
    given = true;
    return new Fed(groups);
  }

  /** Fed rows kept as they come, so that a template may read them again. */
  private static final class Fed implements JRRewindableDataSource {
    private final Iterator<? extends List<? extends Map<String, ?>>> groups;
    private final List<Map<String, ?>> seen = new ArrayList<>();
    private int index = -1;

    Fed(Iterator<? extends List<? extends Map<String, ?>>> groups) {
      this.groups = groups;
    }

    @Override
    public boolean next() {
      index++;
      while (index >= seen.size() && groups.hasNext()) {
        seen.addAll(groups.next());
      }
      return index < seen.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
      return seen.get(index).get(field.getName());
    }

    @Override
    public void moveFirst() {
      index = -1;
    }
  }
}
