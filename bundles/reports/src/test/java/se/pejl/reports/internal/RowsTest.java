package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.ProcessingException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RowsTest {
  private final List<String> taken = new ArrayList<>();

  @Test
  void fed_rows_are_taken_a_group_at_a_time_as_the_filler_asks_and_can_be_read_again() throws JRException {
    Rows rows = Rows.fed(feed(List.of("1", "2"), List.of("3"), List.of("4")), n -> Map.of("n", n), 5);
    JRRewindableDataSource source = rows.source();

    assertThat(source.next()).isTrue();
    assertThat(source.getFieldValue(field("n"))).isEqualTo("1");
    assertThat(taken).containsExactly("1, 2");
    assertThat(source.next()).isTrue();
    assertThat(taken).hasSize(1);
    assertThat(read(source)).containsExactly("3", "4");
    assertThat(taken).containsExactly("1, 2", "3", "4");

    source.moveFirst();
    assertThat(read(source)).containsExactly("1", "2", "3", "4");
    assertThat(rows.expected()).isEqualTo(5);
    assertThatThrownBy(rows::source).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_read_that_fails_while_the_report_is_filled_fails_the_fill() {
    Iterator<List<String>> failing = new Iterator<>() {
      public boolean hasNext() {
        throw new ProcessingException("error.internal", new IllegalStateException("database gone"));
      }

      public List<String> next() {
        throw new AssertionError();
      }
    };
    JRRewindableDataSource source = Rows.fed(failing, n -> Map.of("n", n), 1).source();

    assertThatThrownBy(source::next).isInstanceOf(ProcessingException.class);
  }

  @Test
  void rows_at_hand_are_counted_exactly() throws JRException {
    Rows rows = Rows.of(List.of(Map.of("n", "1"), Map.of("n", "2")));

    assertThat(rows.expected()).isEqualTo(2);
    assertThat(read(rows.source())).containsExactly("1", "2");
  }

  /** The groups of a feed, noting each group taken. */
  @SafeVarargs
  private Iterator<List<String>> feed(List<String>... groups) {
    Iterator<List<String>> each = List.of(groups).iterator();
    return new Iterator<>() {
      public boolean hasNext() {
        return each.hasNext();
      }

      public List<String> next() {
        List<String> group = each.next();
        taken.add(String.join(", ", group));
        return group;
      }
    };
  }

  private static List<Object> read(JRRewindableDataSource source) throws JRException {
    List<Object> values = new ArrayList<>();
    while (source.next()) {
      values.add(source.getFieldValue(field("n")));
    }
    return values;
  }

  private static JRDesignField field(String name) {
    JRDesignField f = new JRDesignField();
    f.setName(name);
    return f;
  }
}
