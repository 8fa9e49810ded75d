package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.indicators.ReportingPeriod;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParametersTest {
  private final Parameters parameters = new Parameters(Fakes.directory());
  private final List<String> takes = List.of("indicator", "period", "municipality", "episode", "occasion");

  @Test
  void reads_each_parameter_into_its_type() {
    ReportRequest r = parse(Map.of("indicator", "wellbeing-improved", "period", "2025-H2",
        "municipality", "1496", "episode", "12", "occasion", "end"));

    assertThat(r.indicator()).isEqualTo("wellbeing-improved");
    assertThat(r.period()).isEqualTo(ReportingPeriod.parse("period", "2025-H2"));
    assertThat(r.municipality()).isEqualTo(MunicipalityCode.of("1496"));
    assertThat(r.episode()).isEqualTo(12L);
    assertThat(r.occasion()).isEqualTo("end");
  }

  @Test
  void a_blank_value_counts_as_not_given() {
    ReportRequest r = parse(Map.of("indicator", "x", "period", " ", "municipality", ""));
    assertThat(r.period()).isNull();
    assertThat(r.municipality()).isNull();
  }

  @Test
  void a_parameter_the_report_does_not_take_is_named() {
    expectField(Map.of("indicator", "x", "unit", "Familjestöd"), "unit", "error.report.parameter.unknown");
  }

  @Test
  void a_missing_required_parameter_is_named() {
    expectField(Map.of("period", "2025"), "indicator", "error.report.parameter.missing");
    expectField(Map.of("indicator", "  "), "indicator", "error.report.parameter.missing");
  }

  @Test
  void a_period_the_wrong_way_round_is_named() {
    expectField(Map.of("indicator", "x", "period", "2025-06-30/2025-01-01"), "period", "error.period.reversed");
    expectField(Map.of("indicator", "x", "period", "förra året"), "period", "error.period.format");
  }

  @Test
  void an_unknown_municipality_and_an_episode_that_is_no_number_are_named() {
    expectField(Map.of("indicator", "x", "municipality", "9999"), "municipality", "error.report.municipality.unknown");
    expectField(Map.of("indicator", "x", "municipality", "Tjörn"), "municipality", "error.municipality.format");
    expectField(Map.of("indicator", "x", "episode", "tolv"), "episode", "error.report.episode.format");
  }

  @Test
  void an_overlong_value_is_refused() {
    expectField(Map.of("indicator", "x".repeat(101)), "indicator", "error.report.parameter.long");
  }

  @Test
  void the_period_before_is_of_the_same_kind() {
    assertThat(Scope.previous(ReportingPeriod.parse("p", "2025")).label()).isEqualTo("2024");
    assertThat(Scope.previous(ReportingPeriod.parse("p", "2025-H1")).label()).isEqualTo("2024-H2");
    assertThat(Scope.previous(ReportingPeriod.parse("p", "2025-H2")).label()).isEqualTo("2025-H1");
    assertThat(Scope.previous(ReportingPeriod.parse("p", "2026-Q1")).label()).isEqualTo("2025-Q4");
    ReportingPeriod days = Scope.previous(ReportingPeriod.parse("p", "2025-03-01/2025-03-10"));
    assertThat(days.from()).hasToString("2025-02-19");
    assertThat(days.to()).hasToString("2025-02-28");
  }

  private ReportRequest parse(Map<String, String> given) {
    return parameters.parse("region-comparison", takes, Set.of("indicator"), given, PejlUser.SWEDISH);
  }

  private void expectField(Map<String, String> given, String field, String key) {
    assertThatThrownBy(() -> parse(given))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.key()).isEqualTo(key);
        });
  }
}
