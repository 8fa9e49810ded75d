package se.pejl.reports.internal;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportRun;

/** One report being made for one user: its progress, and in the end its result or why it has none. */
final class Run {
  private final String id;
  private final String owner;
  private final String reportId;
  private final ReportFormat format;
  private final Instant started;
  private final Filling filling;
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger rows = new AtomicInteger();
  /** At most this many while a list is still being read (a coverage list); exact once done. */
  private volatile int totalRows;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile ReportRun.State state = ReportRun.State.RUNNING;
  private volatile String message;
  private volatile Instant finished;
  private volatile RenderedReport result;

  Run(String id, String owner, String reportId, ReportFormat format, Instant started, Filling filling,
      int totalRows) {
    this.id = id;
    this.owner = owner;
    this.reportId = reportId;
    this.format = format;
    this.started = started;
    this.filling = filling;
    this.totalRows = totalRows;
  }

  String owner() {
    return owner;
  }

  Filling filling() {
    return filling;
  }

  RenderedReport result() {
    return result;
  }

  void pages(int filled) {
    pages.accumulateAndGet(filled, Math::max);
  }

  void rows(int filled) {
    rows.accumulateAndGet(filled, Math::max);
  }

  synchronized void done(RenderedReport report, Instant at) {
    if (state == ReportRun.State.RUNNING) {
      result = report;
      totalRows = rows.get();
      end(ReportRun.State.DONE, null, at);
    }
  }

  synchronized void failed(String why, Instant at) {
    if (state == ReportRun.State.RUNNING) {
      end(ReportRun.State.FAILED, why, at);
    }
  }

  synchronized void cancel(String why, Instant at) {
    if (state == ReportRun.State.RUNNING) {
      filling.cancel();
      end(ReportRun.State.CANCELLED, why, at);
    }
  }

  void await() throws InterruptedException {
    ended.await();
  }

  ReportRun view() {
    return new ReportRun(id, reportId, format, state, pages.get(), message, started, finished, rows.get(), totalRows);
  }

  private void end(ReportRun.State to, String why, Instant at) {
    state = to;
    message = why;
    finished = at;
    ended.countDown();
  }
}
