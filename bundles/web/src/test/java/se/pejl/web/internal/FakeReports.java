package se.pejl.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.pejl.api.ConflictException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportParameter;
import se.pejl.api.reports.ReportRun;
import se.pejl.api.reports.ReportService;

/**
 * A report service that checks parameters as the real one promises to, and whose runs move only
 * when a test moves them ({@link #progress}, {@link #finish}).
 */
final class FakeReports implements ReportService {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static final ReportInfo IMPROVEMENT = new ReportInfo("improvement", "Förbättrat välbefinnande",
      "Improved wellbeing", "Andel barn som mår bättre, per kommun.", "Share of children who feel better, per municipality.",
      List.of(ReportFormat.PDF, ReportFormat.XLSX),
      List.of(new ReportParameter("period", true, "Period", "Period", "Till exempel 2025 eller 2025-Q3.",
              "For example 2025 or 2025-Q3."),
          new ReportParameter("unit", false, "Enhet", "Unit", "Tomt betyder alla enheter.", "Empty means every unit.")),
      false, ReportInfo.BUILT_IN);

  static final ReportInfo CLIENT = new ReportInfo("client-course", "Klientens förlopp", "The client's course",
      "En klients skattningar över tid.", "One client's ratings over time.", List.of(ReportFormat.PDF),
      List.of(new ReportParameter("episode", true, "Insats", "Intervention", "Insatsens nummer.",
          "The intervention's number.")),
      true, "se.pejl.example.reports");

  final List<ReportInfo> infos;
  final Map<String, ReportRun> runs = new LinkedHashMap<>();
  Map<String, String> lastParameters;

  FakeReports(ReportInfo... infos) {
    this.infos = List.of(infos);
  }

  @Override
  public List<ReportInfo> reports() {
    return infos;
  }

  @Override
  public RenderedReport render(PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters) {
    check(reportId, format, parameters);
    return report(reportId, format);
  }

  @Override
  public ReportRun start(PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters) {
    check(reportId, format, parameters);
    ReportRun run = new ReportRun("run-" + (runs.size() + 1), reportId, format, ReportRun.State.RUNNING, 0, null,
        T0, null);
    runs.put(run.id(), run);
    return run;
  }

  @Override
  public ReportRun run(PejlUser user, String runId) {
    ReportRun run = runs.get(runId);
    if (run == null) {
      throw new NotFoundException("error.report.run.unknown", runId);
    }
    return run;
  }

  @Override
  public RenderedReport result(PejlUser user, String runId) {
    ReportRun run = run(user, runId);
    if (run.state() != ReportRun.State.DONE) {
      throw new ConflictException("error.report.run.state", runId, run.state().name().toLowerCase(Locale.ROOT));
    }
    return report(run.reportId(), run.format());
  }

  @Override
  public ReportRun cancel(PejlUser user, String runId) {
    ReportRun run = run(user, runId);
    return run.ended() ? run : move(run, ReportRun.State.CANCELLED, run.pages(), "Rapporten avbröts.");
  }

  void progress(String runId, int pages) {
    move(runs.get(runId), ReportRun.State.RUNNING, pages, null);
  }

  void finish(String runId) {
    ReportRun run = runs.get(runId);
    move(run, ReportRun.State.DONE, run.pages() + 1, null);
  }

  private ReportRun move(ReportRun run, ReportRun.State state, int pages, String message) {
    ReportRun moved = new ReportRun(run.id(), run.reportId(), run.format(), state, pages, message, run.started(),
        state == ReportRun.State.RUNNING ? null : T0.plusSeconds(5));
    runs.put(run.id(), moved);
    return moved;
  }

  private void check(String reportId, ReportFormat format, Map<String, String> parameters) {
    lastParameters = Map.copyOf(parameters);
    ReportInfo info = infos.stream().filter(r -> r.id().equals(reportId)).findFirst()
        .orElseThrow(() -> new NotFoundException("error.report.unknown", reportId));
    if (!info.formats().contains(format)) {
      throw new InvalidInputException("format", "error.report.format", reportId, format.extension(),
          info.formats().stream().map(ReportFormat::extension).toList());
    }
    List<String> names = info.parameters().stream().map(ReportParameter::name).toList();
    for (String name : parameters.keySet()) {
      if (!names.contains(name)) {
        throw new InvalidInputException(name, "error.report.parameter.unknown", reportId, name, names);
      }
    }
    for (ReportParameter p : info.parameters()) {
      if (p.required() && (parameters.get(p.name()) == null || parameters.get(p.name()).isBlank())) {
        throw new InvalidInputException(p.name(), "error.report.parameter.missing", reportId, p.name());
      }
    }
  }

  private static RenderedReport report(String reportId, ReportFormat format) {
    return new RenderedReport(("%" + format.name() + " " + reportId).getBytes(StandardCharsets.UTF_8), format,
        reportId + "." + format.extension());
  }
}
