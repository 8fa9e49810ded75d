package se.pejl.reports.internal;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.fill.ReportFiller;
import net.sf.jasperreports.engine.util.JRSwapFile;
import se.pejl.api.reports.ReportFormat;

/**
 * Fills one template and exports it, reporting each page as it is filled and stopping when
 * cancelled. A large report is filled through a swap-file virtualizer, so pages wait on disk
 * rather than in the heap.
 */
final class Filling {
  /** Pages kept in memory by the virtualizer; the rest are swapped out. */
  private static final int PAGES_IN_MEMORY = 20;
  private final JasperReportsContext jasper;
  private final int virtualizeAbove;
  private final File swapDirectory;
  private volatile ReportFiller filler;
  private volatile boolean cancelled;

  Filling(JasperReportsContext jasper, int virtualizeAbove, File swapDirectory) {
    this.jasper = jasper;
    this.virtualizeAbove = virtualizeAbove;
    this.swapDirectory = swapDirectory;
  }

  /**
   * @param pages told the number of pages filled so far
   * @param rows told the number of rows filled so far
   * @return the exported bytes, or null when cancelled
   */
  byte[] run(LoadedReport report, Map<String, Object> parameters, Dataset data, ReportFormat format,
      String title, IntConsumer pages, IntConsumer rows) throws JRException {
    Map<String, Object> fill = new HashMap<>(parameters);
    JRSwapFileVirtualizer virtualizer = null;
    // Data formats are one long page (no pagination), which a virtualizer cannot swap out.
    if (format == ReportFormat.PDF && data.rows().expected() > virtualizeAbove) {
      swapDirectory.mkdirs();
      virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
          new JRSwapFile(jasper, swapDirectory.getPath(), 4096, 256), true);
      fill.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }
    try {
      ReportFiller f = JRFiller.createReportFiller(jasper, report.template());
      f.addFillListener(new FillListener() {
        @Override
        public void pageGenerated(JasperPrint print, int index) {
          pages.accept(index + 1);
        }

        @Override
        public void pageUpdated(JasperPrint print, int index) {
          // a page already counted
        }
      });
      filler = f;
      if (cancelled) {
        return null;
      }
      JasperPrint print = f.fill(fill, new CountedRows(data.rows().source(), rows));
      if (cancelled || print == null) {
        return null;
      }
      pages.accept(print.getPages().size());
      if (virtualizer != null) {
        virtualizer.setReadOnly(true);
      }
      return Exports.export(jasper, print, format, title);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
    }
  }

  void cancel() {
    cancelled = true;
    ReportFiller f = filler;
    if (f != null) {
      try {
        f.cancelFill();
      } catch (JRException e) {
        // The fill had already ended; the flag above discards its result.
      }
    }
  }
}
