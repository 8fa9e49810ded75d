package se.pejl.it.pejl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.reports.ReportService;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/** The real assembly in Felix: every Pejl bundle active, and the health endpoint says so. */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class AssemblyTest {

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("assembly-marker.jar");
  }

  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;
  private Services open;

  @AfterEach
  void close() {
    if (open != null) {
      open.close();
    }
  }

  @Test
  void every_pejl_bundle_is_active_and_its_services_are_there() {
    open = new Services(context);
    open.awaitService(FollowUpService.class, Pejl.TIMEOUT);
    open.awaitService(IndicatorEngine.class, Pejl.TIMEOUT);
    open.awaitService(ReportService.class, Pejl.TIMEOUT);

    assertThat(Arrays.stream(context.getBundles())
            .filter(b -> b.getSymbolicName().startsWith("se.pejl.")))
        .extracting(Bundle::getSymbolicName, Bundle::getState)
        .containsExactlyInAnyOrderElementsOf(Pejl.PEJL_BUNDLES.stream()
            .map(n -> org.assertj.core.groups.Tuple.tuple(n, Bundle.ACTIVE)).toList());
  }

  @Test
  void it_finds_pejls_commands_in_the_gogo_scope_pejl() throws Exception {
    open = new Services(context);
    open.awaitService(ReportService.class, Pejl.TIMEOUT);
    ServiceReference<?>[] found = null;
    for (long until = System.nanoTime() + Pejl.TIMEOUT.toNanos(); found == null && System.nanoTime() < until; ) {
      found = context.getServiceReferences((String) null, "(osgi.command.scope=pejl)");
      Thread.sleep(found == null ? 50 : 0);
    }
    assertThat(found).as("a service in the Gogo scope pejl").isNotNull().hasSize(1);
    assertThat((String[]) found[0].getProperty("osgi.command.function"))
        .containsExactlyInAnyOrder("reports", "indicators", "auditcheck");

    Object commands = context.getService(found[0]);
    try {
      // As Gogo calls them: by name, with the words typed after the command.
      String reports = (String) commands.getClass().getMethod("reports").invoke(commands);
      String audit = (String) commands.getClass().getMethod("auditcheck", String.class).invoke(commands, "1407");
      assertThat(reports).contains("region-comparison", "coverage", "built-in");
      assertThat(audit).contains("1407").doesNotContain("BRUTEN", "BROKEN");
    } finally {
      context.ungetService(found[0]);
    }
  }

  @Test
  void health_needs_no_login_and_lists_every_pejl_bundle_as_active() throws Exception {
    Http api = new Http(http);
    api.awaitUp(Pejl.TIMEOUT);

    Http.Reply reply = api.get("health", null);

    assertThat(reply.status()).isEqualTo(200);
    JsonObject health = reply.json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("bundles").getValuesAs(JsonObject.class))
        .extracting(b -> b.getString("symbolicName"), b -> b.getString("state"))
        .containsExactlyInAnyOrderElementsOf(Pejl.PEJL_BUNDLES.stream()
            .map(n -> org.assertj.core.groups.Tuple.tuple(n, "ACTIVE")).toList());
  }

  @Test
  void the_openapi_document_describes_the_api() throws Exception {
    Http api = new Http(http);
    api.awaitUp(Pejl.TIMEOUT);

    JsonObject doc = api.get("openapi.json", null).json();

    assertThat(doc.getString("openapi")).startsWith("3.");
    assertThat(doc.getJsonObject("paths").keySet())
        .contains("/health", "/episodes", "/episodes/{id}", "/responses", "/indicators/{id}", "/reports/{id}",
            "/clients/{ref}", "/occasions", "/episodes/{id}/occasions", "/audit");
  }
}
