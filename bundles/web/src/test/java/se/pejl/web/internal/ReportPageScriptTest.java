package se.pejl.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The report page's script, run by node against a stand-in page and API (report-page-harness.js):
 * a started run shows its progress in rows and ends with the file offered. Skipped where node is
 * not installed; {@code .ci/run} installs it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportPageScriptTest {
  private static final Path SCRIPT = Path.of("src/main/resources/se/pejl/web/internal/report-page.js");
  private static final Path HARNESS = Path.of("src/test/resources/se/pejl/web/internal/report-page-harness.js");

  @Test
  void a_started_spreadsheet_shows_its_rows_and_then_offers_the_file() throws Exception {
    assumeTrue(nodeInstalled(), "node is not installed");

    Process node = new ProcessBuilder("node", HARNESS.toString(), SCRIPT.toString()).redirectErrorStream(true).start();
    String said = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .replaceAll("\\p{Zs}", " "); // Swedish groups digits with a (narrow) no-break space
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(said).contains("running: Rad 4 500 av 10 792 klar…", "ended: Klar. download shown: true")
        .doesNotContain("error");
    assertThat(node.exitValue()).isZero();
  }

  private static boolean nodeInstalled() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(HARNESS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
