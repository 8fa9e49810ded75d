package se.pejl.it.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * A region adds its own indicator by installing a bundle with a definition file, without code; a
 * broken file beside it is left out; removing the bundle removes the indicator.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class IndicatorBundleTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String BUNDLE = "regional-indicators";
  static final String INDICATOR = "skaraborg-ended-interventions";

  @Deployment(name = "marker", testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("indicator-bundle-marker.jar");
  }

  @Deployment(name = BUNDLE, managed = false, testable = false)
  static JavaArchive regionalIndicators() {
    String definition = """
        {"schemaVersion": 1, "id": "%s", "version": 1,
         "name": {"sv": "Avslutade insatser", "en": "Ended interventions"},
         "description": {"sv": "Antal insatser som avslutats i perioden.",
                         "en": "Number of interventions ended in the period."},
         "bbicArea": "process", "kind": "count", "better": "higher", "of": "episodes", "closedOnly": true,
         "counts": {"sv": "Avslutade insatser", "en": "Ended interventions"},
         "missing": {"sv": "Inga.", "en": "None."},
         "breakdowns": ["municipality", "unit", "year"]}""".formatted(INDICATOR);
    String broken = """
        {"schemaVersion": 1, "id": "broken-one", "version": 1, "kind": "average"}""";
    return ShrinkWrap.create(JavaArchive.class, "regional-indicators.jar")
        .setManifest(new StringAsset(String.join("\n", "Manifest-Version: 1.0", "Bundle-ManifestVersion: 2",
            "Bundle-SymbolicName: se.skaraborg.pejl.indicators", "Bundle-Version: 1.0.0",
            "Pejl-Indicators: indicators/",
            "Require-Capability: osgi.extender;filter:=\"(osgi.extender=se.pejl.indicators)\"", "")))
        .add(new StringAsset(definition), "indicators/" + INDICATOR + ".json")
        .add(new StringAsset(broken), "indicators/broken-one.json");
  }

  @ArquillianResource Deployer deployer;
  @ArquillianResource URL http;

  @Test
  void an_indicator_from_a_bundle_is_listed_and_evaluated_until_the_bundle_is_removed() throws Exception {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    assertThat(api.get("indicators/" + INDICATOR, "analyst.region").status()).isEqualTo(404);

    deployer.deploy(BUNDLE);
    try {
      String listed = api.get("indicators", "analyst.region").text();
      assertThat(listed).contains(INDICATOR).doesNotContain("broken-one");
      assertThat(listed).contains("wellbeing-improved"); // the shipped ones keep working
      Http.Reply table = api.get("indicators/" + INDICATOR + "?by=municipality", "analyst.region");
      assertThat(table.status()).as(table.text()).isEqualTo(200);
      assertThat(table.json().getJsonObject("indicator").getJsonObject("name").getString("sv"))
          .isEqualTo("Avslutade insatser");
    } finally {
      deployer.undeploy(BUNDLE);
    }

    assertThat(api.get("indicators/" + INDICATOR, "analyst.region").status()).isEqualTo(404);
  }
}
