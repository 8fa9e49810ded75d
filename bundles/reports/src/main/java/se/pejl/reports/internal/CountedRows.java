package se.pejl.reports.internal;

import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A report's rows as the filler takes them, counted: a spreadsheet or CSV is one long page, so
 * its progress can only be told in rows.
 */
final class CountedRows implements JRRewindableDataSource {
  /** Told every this many rows, and at the last: often enough for a page polled twice a second. */
  private static final int EVERY = 100;
  private final JRRewindableDataSource rows;
  private final IntConsumer filled;
  private int count;

  CountedRows(JRRewindableDataSource rows, IntConsumer filled) {
    this.rows = rows;
    this.filled = filled;
  }

  @Override
  public boolean next() throws JRException {
    boolean more = rows.next();
    if (more && ++count % EVERY == 0) {
      filled.accept(count);
    }
    if (!more) {
      filled.accept(count);
    }
    return more;
  }

  @Override
  public Object getFieldValue(JRField field) throws JRException {
    return rows.getFieldValue(field);
  }

  @Override
  public void moveFirst() throws JRException {
    // A template that reads its rows twice shows the further of its passes (Run keeps the most).
    rows.moveFirst();
    count = 0;
  }
}
