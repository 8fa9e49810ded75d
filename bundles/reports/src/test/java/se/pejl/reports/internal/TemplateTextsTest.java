package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TemplateTextsTest {
  private static final String DIR = "se/pejl/reports/templates/";

  @ParameterizedTest
  @ValueSource(strings = {"overview", "region-comparison", "gender-split", "episode-results", "coverage", "documentation", "survey-results", "indicator-table"})
  void swedish_and_english_texts_have_the_same_keys(String report) throws IOException {
    assertThat(load(report + "_sv").stringPropertyNames())
        .isEqualTo(load(report).stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"overview", "overview_sv", "region-comparison", "region-comparison_sv", "gender-split", "gender-split_sv", "episode-results", "episode-results_sv", "coverage", "coverage_sv", "documentation", "documentation_sv", "survey-results", "survey-results_sv", "indicator-table", "indicator-table_sv"})
  void texts_are_plain_ascii_with_escapes_because_they_are_read_as_iso_8859_1(String name)
      throws IOException {
    try (InputStream in = resource(name)) {
      byte[] bytes = in.readAllBytes();
      for (byte b : bytes) {
        assertThat(b).as("raw non-ASCII byte in %s.properties", name).isNotNegative();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void a_repeated_occasion_is_named_by_its_occasion_and_months() {
    ReportTexts sv = new ReportTexts(se.pejl.api.PejlUser.SWEDISH);
    ReportTexts en = new ReportTexts(java.util.Locale.ENGLISH);

    assertThat(sv.named("occasion.", "review-12m")).isEqualTo("Avstämning, 12 mån");
    assertThat(en.named("occasion.", "review-6m")).isEqualTo("Review, 6 months");
    assertThat(sv.named("occasion.", "followup-6m")).isEqualTo("Uppföljning efter 6 månader");
    // A municipality's own occasion Pejl has no text for keeps its key.
    assertThat(sv.named("occasion.", "hembesok-3m")).isEqualTo("hembesok-3m");
    assertThat(sv.named("status.", "LOST")).isEqualTo("LOST");
  }

  @org.junit.jupiter.api.Test
  void the_shared_texts_have_the_same_keys_in_swedish_and_english() throws IOException {
    assertThat(load("../internal/texts_sv").stringPropertyNames())
        .isEqualTo(load("../internal/texts").stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = resource(name)) {
      p.load(in);
    }
    return p;
  }

  private static InputStream resource(String name) {
    String path = name.startsWith("../") ? "se/pejl/reports/" + name.substring(3) : DIR + name;
    InputStream in = TemplateTextsTest.class.getClassLoader().getResourceAsStream(path + ".properties");
    assertThat(in).as(name + ".properties").isNotNull();
    return in;
  }
}
