package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.ConflictException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportRun;

/** A report started from the report page: progress, the result, cancelling, and whose it is. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportRunsTest {
  private static final PejlUser MANAGER = Fakes.manager(null);
  private final FakeFollowUp followUp = new FakeFollowUp();
  private final JasperReportService service = TestReports.service(new Fakes.Engine(), followUp, 500);

  @Test
  void a_started_report_counts_its_pages_and_can_then_be_fetched() throws Exception {
    followUp.occasionCount = 3_000;
    ReportRun run = service.start(MANAGER, "coverage", ReportFormat.PDF, Map.of());
    assertThat(run.state()).isEqualTo(ReportRun.State.RUNNING);

    ReportRun done = await(run.id());
    assertThat(done.state()).isEqualTo(ReportRun.State.DONE);
    assertThat(done.pages()).isGreaterThan(10);
    assertThat(done.finished()).isNotNull();
    byte[] pdf = service.result(MANAGER, run.id()).content();
    // Filled through the swap file (above 500 rows here), yet every page is there.
    assertThat(Pdfs.pages(pdf)).hasSize(done.pages());
  }

  @Test
  void a_spreadsheet_tells_its_progress_in_rows() throws Exception {
    followUp.occasionCount = 3_000;
    ReportRun run = service.start(MANAGER, "coverage", ReportFormat.XLSX, Map.of());

    ReportRun done = await(run.id());
    assertThat(done.state()).isEqualTo(ReportRun.State.DONE);
    assertThat(done.totalRows()).isGreaterThanOrEqualTo(3_000);
    assertThat(done.rows()).isEqualTo(done.totalRows());
    assertThat(done.pages()).isEqualTo(1);
  }

  @Test
  void a_coverage_list_is_handed_over_only_once_its_clients_are_in_the_audit_log() throws Exception {
    followUp.occasionsAudited = new CompletableFuture<>();
    ReportRun run = service.start(MANAGER, "coverage", ReportFormat.CSV, Map.of());

    // Filled (its page counted), and while its audit entries are not stored it stays running: six
    // rows to CSV would be exported and done within milliseconds.
    assertThat(awaitPages(run.id()).pages()).isPositive();
    assertThat(stillRunningFor(run.id(), Duration.ofMillis(300))).isTrue();
    assertThatThrownBy(() -> service.result(MANAGER, run.id())).isInstanceOf(ConflictException.class);

    followUp.occasionsAudited.complete(null);
    assertThat(await(run.id()).state()).isEqualTo(ReportRun.State.DONE);
    assertThat(new String(service.result(MANAGER, run.id()).content(), StandardCharsets.UTF_8))
        .contains("Familjestöd Tjörn");
  }

  @Test
  void a_coverage_list_whose_audit_entries_could_not_be_written_is_not_handed_over() {
    followUp.occasionsAudited = CompletableFuture.failedFuture(new IllegalStateException("the disk is full"));

    assertThatThrownBy(() -> service.render(MANAGER, "coverage", ReportFormat.CSV, Map.of()))
        .isInstanceOfSatisfying(ProcessingException.class, e -> assertThat(e.key()).isEqualTo("error.report.failed"));
  }

  @Test
  void wrong_parameters_are_refused_before_anything_starts() {
    assertThatThrownBy(() -> service.start(MANAGER, "region-comparison", ReportFormat.PDF, Map.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("indicator"));
  }

  @Test
  void a_cancelled_report_stops_and_has_nothing_to_fetch() throws Exception {
    followUp.occasionCount = 20_000;
    ReportRun run = service.start(MANAGER, "coverage", ReportFormat.PDF, Map.of());
    ReportRun cancelled = service.cancel(MANAGER, run.id());

    assertThat(cancelled.state()).isEqualTo(ReportRun.State.CANCELLED);
    assertThat(cancelled.message()).isEqualTo("Avbruten.");
    assertThatThrownBy(() -> service.result(MANAGER, run.id())).isInstanceOf(ConflictException.class);
    Thread.sleep(300);
    assertThat(service.run(MANAGER, run.id()).state()).isEqualTo(ReportRun.State.CANCELLED);
  }

  @Test
  void another_user_cannot_see_or_cancel_a_run() {
    ReportRun run = service.start(MANAGER, "gender-split", ReportFormat.CSV, Map.of());
    assertThatThrownBy(() -> service.run(Fakes.caseworker(), run.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.cancel(Fakes.caseworker(), run.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.result(Fakes.caseworker(), run.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void one_user_can_have_three_reports_running_at_once() {
    followUp.occasionCount = 20_000;
    List<ReportRun> started = new java.util.ArrayList<>();
    for (int i = 0; i < JasperReportService.RUNNING_PER_USER; i++) {
      started.add(service.start(MANAGER, "coverage", ReportFormat.PDF, Map.of()));
    }
    assertThatThrownBy(() -> service.start(MANAGER, "coverage", ReportFormat.PDF, Map.of()))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.key()).isEqualTo("error.report.run.busy"));

    service.cancel(MANAGER, started.get(0).id());
    assertThat(service.start(MANAGER, "gender-split", ReportFormat.CSV, Map.of()).state()).isNotNull();
    started.forEach(r -> service.cancel(MANAGER, r.id()));
  }

  @Test
  void a_report_asked_for_while_every_fill_is_taken_waits_then_is_told_to_try_again() throws Exception {
    JasperReportService oneAtATime = TestReports.service(new Fakes.Engine(), followUp,
        new JasperReportService.Settings(1, 1, 500, 15, new File("target/swap")));
    followUp.occasionCount = 20_000;
    ReportRun big = oneAtATime.start(MANAGER, "coverage", ReportFormat.PDF, Map.of());
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (oneAtATime.run(MANAGER, big.id()).pages() == 0 && System.nanoTime() < until) {
      Thread.sleep(10); // until it fills
    }

    assertThatThrownBy(() -> oneAtATime.render(Fakes.caseworker(), "gender-split", ReportFormat.CSV, Map.of()))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.key()).isEqualTo("error.report.busy"));

    oneAtATime.cancel(MANAGER, big.id());
    assertThat(renderWithin(oneAtATime, Duration.ofSeconds(30))).as("once the cancelled fill has stopped").isNotEmpty();
  }

  /** A filler stops at its next check after a cancel, so the slot comes free a little later. */
  private static byte[] renderWithin(JasperReportService service, Duration time) {
    long until = System.nanoTime() + time.toNanos();
    while (true) {
      try {
        return service.render(Fakes.caseworker(), "gender-split", ReportFormat.CSV, Map.of()).content();
      } catch (ConflictException busy) {
        if (System.nanoTime() > until) {
          throw busy;
        }
      }
    }
  }

  @Test
  void cancelling_a_finished_run_leaves_it_done() throws InterruptedException {
    ReportRun run = service.start(MANAGER, "gender-split", ReportFormat.CSV, Map.of());
    await(run.id());
    assertThat(service.cancel(MANAGER, run.id()).state()).isEqualTo(ReportRun.State.DONE);
    assertThat(service.result(MANAGER, run.id()).content()).isNotEmpty();
  }

  private ReportRun awaitPages(String id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    ReportRun run = service.run(MANAGER, id);
    while (run.pages() == 0 && !run.ended() && System.nanoTime() < until) {
      Thread.sleep(5);
      run = service.run(MANAGER, id);
    }
    return run;
  }

  private boolean stillRunningFor(String id, Duration time) throws InterruptedException {
    long until = System.nanoTime() + time.toNanos();
    while (System.nanoTime() < until) {
      if (service.run(MANAGER, id).ended()) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  private ReportRun await(String id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    ReportRun run = service.run(MANAGER, id);
    while (!run.ended() && System.nanoTime() < until) {
      Thread.sleep(20);
      run = service.run(MANAGER, id);
    }
    return run;
  }

  @Test
  void a_list_that_had_fewer_rows_than_expected_ends_with_its_true_count() {
    Run run = new Run("r-1", "manager.tjorn", "coverage", ReportFormat.CSV, java.time.Instant.EPOCH,
        new Filling(null, 1_000, new File("unused")), 10_900);
    run.rows(10_792);

    assertThat(run.view().totalRows()).isEqualTo(10_900);
    run.done(new se.pejl.api.reports.RenderedReport(new byte[0], ReportFormat.CSV, "coverage.csv"),
        java.time.Instant.EPOCH);

    assertThat(run.view().totalRows()).isEqualTo(10_792);
    assertThat(run.view().rows()).isEqualTo(10_792);
  }
}
