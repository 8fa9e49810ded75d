package se.pejl.it.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * A municipality adds its own report by installing a bundle with a compiled template, its texts and
 * a descriptor, without code; a broken descriptor beside it is left out while the rest keep
 * working; removing the bundle removes the report.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class ReportBundleTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String BUNDLE = "tjorn-reports";
  static final String BUILT_IN = "se/pejl/reports/templates/";

  @Deployment(name = "marker", testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("report-bundle-marker.jar");
  }

  /** Tjörn's board comparison: the built-in region comparison's template under Tjörn's own title. */
  @Deployment(name = BUNDLE, managed = false, testable = false)
  static JavaArchive tjornReports() {
    String descriptor = """
        {"schemaVersion": 1, "id": "tjorn-board", "template": "board.jasper", "texts": "board",
         "data": "region-comparison", "parameters": ["indicator", "period"], "formats": ["pdf", "csv"]}""";
    // The overview's template wants fields a region comparison does not give.
    String broken = """
        {"schemaVersion": 1, "id": "tjorn-broken", "template": "overview.jasper", "texts": "board",
         "data": "region-comparison"}""";
    ClassLoader cl = ReportBundleTest.class.getClassLoader();
    return ShrinkWrap.create(JavaArchive.class, "tjorn-reports.jar")
        .setManifest(new StringAsset(String.join("\n", "Manifest-Version: 1.0", "Bundle-ManifestVersion: 2",
            "Bundle-SymbolicName: se.tjorn.pejl.reports", "Bundle-Version: 1.0.0", "Pejl-Reports: reports/",
            "Require-Capability: osgi.extender;filter:=\"(osgi.extender=se.pejl.reports)\"", "")))
        .add(new StringAsset(descriptor), "reports/board.json")
        .add(new StringAsset(broken), "reports/broken.json")
        .add(new ClassLoaderAsset(BUILT_IN + "region-comparison.jasper", cl), "reports/board.jasper")
        .add(new ClassLoaderAsset(BUILT_IN + "overview.jasper", cl), "reports/overview.jasper")
        .add(new StringAsset(texts(cl, "", "report.title=Tjorn board comparison\nreport.description=For the board\n")),
            "reports/board.properties")
        .add(new StringAsset(texts(cl, "_sv",
            "report.title=Tj\\u00f6rns n\\u00e4mndj\\u00e4mf\\u00f6relse\nreport.description=Till n\\u00e4mnden\n")),
            "reports/board_sv.properties");
  }

  /** The built-in texts of the region comparison, with the municipality's own title last so it wins. */
  private static String texts(ClassLoader cl, String language, String title) {
    try (var in = cl.getResourceAsStream(BUILT_IN + "region-comparison" + language + ".properties")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1) + "\n" + title;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ArquillianResource Deployer deployer;
  @ArquillianResource URL http;

  @Test
  void a_report_from_a_bundle_is_listed_and_rendered_until_the_bundle_is_removed() throws Exception {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    assertThat(api.get("reports", "manager.tjorn").text()).doesNotContain("tjorn-board");

    deployer.deploy(BUNDLE);
    try {
      String listed = api.get("reports", "manager.tjorn").text();
      assertThat(listed).contains("tjorn-board", "Tjörns nämndjämförelse", "se.tjorn.pejl.reports")
          .doesNotContain("tjorn-broken");
      assertThat(listed).contains("\"overview\""); // the built-in ones keep working
      Http.Reply pdf = api.get("reports/tjorn-board?format=pdf&indicator=wellbeing-improved", "manager.tjorn");
      assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
      assertThat(ReportsTest.pdfText(pdf.body())).contains("Tjörns nämndjämförelse", "Hela regionen");
      Http.Reply xlsx = api.get("reports/tjorn-board?format=xlsx&indicator=wellbeing-improved", "manager.tjorn");
      assertThat(xlsx.status()).isEqualTo(400);
      assertThat(xlsx.json().getString("field")).isEqualTo("format");
    } finally {
      deployer.undeploy(BUNDLE);
    }

    assertThat(api.get("reports/tjorn-board?format=pdf&indicator=wellbeing-improved", "manager.tjorn").status())
        .isEqualTo(404);
  }
}
