package se.pejl.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;
import se.pejl.api.forms.Text;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportRun;
import se.pejl.api.reports.ReportService;

/** What IT sees at the console. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PejlCommandsTest {
  private final List<PejlUser> verifiedAs = new ArrayList<>();
  private ChainCheck chain = new ChainCheck(true, 42, null);

  @Test
  void the_reports_are_listed_with_their_source_and_formats_in_the_servers_language() {
    String sv = commands(Locale.forLanguageTag("sv-SE")).reports();
    String en = commands(Locale.ENGLISH).reports();

    assertThat(sv).contains("Överblick", "pdf,xlsx", "built-in", "tjorn-board", "bundle se.pejl.tjorn",
        "Individuell uppföljning (konfidentiell)");
    assertThat(en).contains("Overview", "Individual follow-up (confidential)").doesNotContain("Överblick");
  }

  @Test
  void the_indicators_are_listed_with_version_and_bbic_area() {
    assertThat(commands(Locale.forLanguageTag("sv-SE")).indicators())
        .contains("wellbeing-improved", "v2", "health", "Andel barn som mår bättre");
  }

  @Test
  void the_audit_chain_is_checked_for_the_municipality_named_as_the_console() {
    assertThat(commands(Locale.forLanguageTag("sv-SE")).auditcheck("1407"))
        .isEqualTo("Loggboken för 1407 är obruten: 42 poster kontrollerade.");
    assertThat(verifiedAs).singleElement().satisfies(u -> {
      assertThat(u.municipality().value()).isEqualTo("1407");
      assertThat(u.roles()).containsExactly(Role.ADMIN);
      assertThat(u.id()).isEqualTo(PejlCommands.CONSOLE);
    });

    chain = new ChainCheck(false, 42, 17L);
    assertThat(commands(Locale.ENGLISH).auditcheck("1407")).startsWith("The audit log of 1407 is BROKEN from entry 17");
  }

  @Test
  void a_wrong_municipality_code_is_named_and_nothing_is_checked() {
    assertThat(commands(Locale.ENGLISH).auditcheck("Tjörn")).contains("\"Tjörn\"", "four digits");
    assertThat(verifiedAs).isEmpty();
  }

  private PejlCommands commands(Locale locale) {
    return new PejlCommands(new Reports(), new Indicators(), new Audit(), locale);
  }

  private static final class Reports implements ReportService {
    public List<ReportInfo> reports() {
      return List.of(
          new ReportInfo("overview", "Överblick", "Overview", "", "", List.of(ReportFormat.PDF, ReportFormat.XLSX),
              List.of(), false, ReportInfo.BUILT_IN),
          new ReportInfo("episode-results", "Individuell uppföljning", "Individual follow-up", "", "",
              List.of(ReportFormat.PDF), List.of(), true, ReportInfo.BUILT_IN),
          new ReportInfo("tjorn-board", "Nämnd", "Board", "", "", List.of(ReportFormat.PDF), List.of(), false,
              "bundle se.pejl.tjorn"));
    }
    public RenderedReport render(PejlUser u, String id, ReportFormat f, Map<String, String> p) { throw new AssertionError(); }
    public ReportRun start(PejlUser u, String id, ReportFormat f, Map<String, String> p) { throw new AssertionError(); }
    public ReportRun run(PejlUser u, String run) { throw new AssertionError(); }
    public RenderedReport result(PejlUser u, String run) { throw new AssertionError(); }
    public ReportRun cancel(PejlUser u, String run) { throw new AssertionError(); }
  }

  private static final class Indicators implements IndicatorEngine {
    public List<IndicatorInfo> indicators() {
      return List.of(new IndicatorInfo("wellbeing-improved", 2, new Text("Andel barn som mår bättre", "Children feeling better"),
          new Text("", ""), "health", "change", "share", "higher", new Text("", ""), new Text("", ""), List.of(), List.of()));
    }
    public IndicatorResult evaluate(PejlUser u, String id, IndicatorQuery q) { throw new AssertionError(); }
  }

  private final class Audit implements AuditLog {
    public void record(se.pejl.api.Access access, se.pejl.api.ClientRef client, String what) { throw new AssertionError(); }
    public List<AuditEntry> entries(PejlUser manager, AuditQuery query) { throw new AssertionError(); }
    public ChainCheck verify(PejlUser user) {
      verifiedAs.add(user);
      return chain;
    }
  }
}
