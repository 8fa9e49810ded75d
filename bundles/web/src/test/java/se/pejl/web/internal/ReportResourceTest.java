package se.pejl.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportRun;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportResourceTest {
  final FakeReports reports = new FakeReports(FakeReports.IMPROVEMENT, FakeReports.CLIENT);
  final ReportResource resource = new ReportResource(reports, new Caller(Fakes.always(Fakes.manager(null))));
  final ApiErrors errors = new ApiErrors(null);

  @Test
  void a_started_run_is_a_202_with_the_run_and_where_to_poll_it() {
    Response r = answer(() -> resource.start("improvement", Fakes.query("format", "xlsx", "period", "2025"), null, null));

    assertThat(r.getStatus()).isEqualTo(202);
    ReportRun run = (ReportRun) r.getEntity();
    assertThat(run.state()).isEqualTo(ReportRun.State.RUNNING);
    assertThat(run.format()).isEqualTo(ReportFormat.XLSX);
    assertThat(r.getLocation()).hasToString("reports/runs/" + run.id()); // the runtime makes it /pejl/api/reports/runs/…
    assertThat(reports.lastParameters).isEqualTo(Map.of("period", "2025"));
  }

  @Test
  void a_form_body_carries_the_parameters_and_the_format_and_wins_over_the_query() {
    Response r = answer(() -> resource.startWithForm("improvement",
        Fakes.params("period", "2025-Q3", "unit", "", "format", "pdf"), Fakes.query("period", "2024", "format", "csv"),
        null, null));

    assertThat(r.getStatus()).isEqualTo(202);
    assertThat(((ReportRun) r.getEntity()).format()).isEqualTo(ReportFormat.PDF);
    assertThat(reports.lastParameters).isEqualTo(Map.of("period", "2025-Q3", "unit", ""));
  }

  @Test
  void a_run_is_polled_page_by_page_and_its_content_is_a_409_until_it_is_done() {
    String id = started();
    reports.progress(id, 3);

    ReportRun polled = (ReportRun) answer(() -> Response.ok(resource.run(id, null, null)).build()).getEntity();
    assertThat(polled.state()).isEqualTo(ReportRun.State.RUNNING);
    assertThat(polled.pages()).isEqualTo(3);

    Response early = answer(() -> resource.content(id, null, null));
    assertThat(early.getStatus()).isEqualTo(409);
    assertThat(((Json.Error) early.getEntity()).error()).isEqualTo("conflict");

    reports.finish(id);
    Response done = answer(() -> resource.content(id, null, null));
    assertThat(done.getStatus()).isEqualTo(200);
    assertThat((byte[]) done.getEntity()).asString().isEqualTo("%PDF improvement");
    assertThat(done.getMediaType()).hasToString("application/pdf");
    assertThat(done.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"improvement.pdf\"");
    assertThat(done.getHeaderString("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void a_cancelled_run_answers_as_cancelled_and_never_gives_content() {
    String id = started();

    ReportRun cancelled = resource.cancel(id, null, null);

    assertThat(cancelled.state()).isEqualTo(ReportRun.State.CANCELLED);
    assertThat(cancelled.message()).isEqualTo("Rapporten avbröts.");
    assertThat(answer(() -> resource.content(id, null, null)).getStatus()).isEqualTo(409);
    assertThat(resource.cancel(id, null, null)).isEqualTo(cancelled); // an ended run is left as it is
  }

  @Test
  void an_unknown_run_is_a_404() {
    Response r = answer(() -> Response.ok(resource.run("run-99", null, null)).build());
    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(((Json.Error) r.getEntity()).error()).isEqualTo("not_found");
  }

  @Test
  void an_unknown_parameter_is_a_400_naming_it_both_when_started_and_when_rendered() {
    Response started = answer(() -> resource.start("improvement", Fakes.query("period", "2025", "colour", "red"),
        null, null));
    Response rendered = answer(() -> resource.render("improvement", null, Fakes.query("period", "2025", "colour", "red"),
        null, null));

    for (Response r : new Response[] {started, rendered}) {
      assertThat(r.getStatus()).isEqualTo(400);
      Json.Error body = (Json.Error) r.getEntity();
      assertThat(body.error()).isEqualTo("invalid_input");
      assertThat(body.field()).isEqualTo("colour");
    }
    assertThat(reports.runs).isEmpty();
  }

  @Test
  void a_missing_required_parameter_is_a_400_naming_it() {
    Response r = answer(() -> resource.startWithForm("improvement", Fakes.params("period", ""), Fakes.query(), null,
        null));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(((Json.Error) r.getEntity()).field()).isEqualTo("period");
  }

  @Test
  void a_format_that_does_not_exist_or_that_the_report_does_not_offer_is_a_400_naming_format() {
    Response unknown = answer(() -> resource.start("improvement", Fakes.query("format", "docx", "period", "2025"),
        null, null));
    Response notOffered = answer(() -> resource.start("client-course", Fakes.query("format", "csv", "episode", "7"),
        null, null));

    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(((Json.Error) unknown.getEntity()).field()).isEqualTo("format");
    assertThat(((Json.Error) unknown.getEntity()).message()).contains("docx");
    assertThat(notOffered.getStatus()).isEqualTo(400);
    assertThat(((Json.Error) notOffered.getEntity()).field()).isEqualTo("format");
  }

  @Test
  void rendering_while_waiting_still_defaults_to_pdf_and_is_shown_inline() {
    Response r = answer(() -> resource.render("improvement", null, Fakes.query("period", "2025"), null, null));

    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getHeaderString("Content-Disposition")).isEqualTo("inline; filename=\"improvement.pdf\"");
    assertThat(reports.lastParameters).isEqualTo(Map.of("period", "2025"));
  }

  @Test
  void an_html_report_may_not_run_scripts_on_pejls_origin() {
    var html = new se.pejl.api.reports.ReportInfo("table", "Tabell", "Table", null, null,
        java.util.List.of(ReportFormat.HTML), java.util.List.of(), false, "built-in");
    var resource = new ReportResource(new FakeReports(html), new Caller(Fakes.always(Fakes.manager(null))));

    Response r = resource.render("table", "html", Fakes.query("format", "html"), null, null);

    assertThat(r.getHeaderString("Content-Security-Policy")).isEqualTo("sandbox");
    assertThat(this.resource.render("improvement", null, Fakes.query("period", "2025"), null, null)
        .getHeaderString("Content-Security-Policy")).isNull();
  }

  @Test
  void the_list_has_every_report_with_its_parameters() {
    assertThat(resource.list(null, null).items()).containsExactly(FakeReports.IMPROVEMENT, FakeReports.CLIENT);
  }

  @Test
  void a_file_name_with_swedish_letters_or_quotes_gets_a_plain_name_and_the_real_one_beside_it() {
    assertThat(ReportResource.disposition("attachment", "Förbättring \"2025\".pdf", ReportFormat.PDF))
        .isEqualTo("attachment; filename=\"F_rb_ttring _2025_.pdf\"; "
            + "filename*=UTF-8''F%C3%B6rb%C3%A4ttring%20%222025%22.pdf");
    assertThat(ReportResource.disposition("inline", null, ReportFormat.XLSX)).isEqualTo("inline; filename=\"report.xlsx\"");
  }

  @Test
  void without_a_login_every_run_endpoint_is_a_401_asking_for_one() {
    var host = Fakes.host(Fakes.manager(Locale.ENGLISH));
    var anonymous = new ReportResource(reports, new Caller(host));
    var headers = Fakes.fake(jakarta.ws.rs.core.HttpHeaders.class, Map.of("getHeaderString", args -> null));

    Response r = new ApiErrors(host).toResponse(catching(() -> anonymous.run("run-1", headers, null)));

    assertThat(r.getStatus()).isEqualTo(401);
    assertThat(r.getHeaderString("WWW-Authenticate")).startsWith("Basic realm=");
  }

  private String started() {
    return ((ReportRun) resource.start("improvement", Fakes.query("period", "2025"), null, null).getEntity()).id();
  }

  /** As the REST runtime answers: the resource's response, or its exception mapped by ApiErrors. */
  private Response answer(Supplier<Response> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return errors.toResponse(e);
    }
  }

  private static RuntimeException catching(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }
}
