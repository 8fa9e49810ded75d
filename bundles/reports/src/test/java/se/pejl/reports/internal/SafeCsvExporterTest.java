package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SafeCsvExporterTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "+1 Något bättre än förväntat | '+1 Något bättre än förväntat",
      "=HYPERLINK(\"http://x\") | '=HYPERLINK(\"http://x\")",
      "@SUM(A1) | '@SUM(A1)",
      "-Kan inte bedömas | '-Kan inte bedömas",
      "-1,5 | -1,5",
      "-12 % | -12 %",
      "56 % | 56 %",
      "Tjörn | Tjörn",
      "– | –"})
  void a_cell_excel_would_open_as_a_formula_is_text(String cell, String written) {
    assertThat(SafeCsvExporter.defused(cell)).isEqualTo(written);
  }
}
