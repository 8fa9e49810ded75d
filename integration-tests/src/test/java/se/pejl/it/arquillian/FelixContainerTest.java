package se.pejl.it.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Duration;
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
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.namespace.PackageNamespace;

import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.probe.api.Greeter;

@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class FelixContainerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static JavaArchive probe() {
        return Probes.probeBundle("probe.jar");
    }

    @ArquillianResource
    BundleContext context;

    @ArquillianResource
    URL http;

    private Services services;

    @AfterEach
    void close_services() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void the_deployed_probe_is_an_active_bundle() {
        Bundle probe = Arrays.stream(context.getBundles())
                .filter(b -> Probes.SYMBOLIC_NAME.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();

        assertThat(probe.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(probe.getLocation()).isEqualTo("arquillian:probe.jar");
    }

    @Test
    void a_service_the_probe_registers_is_called_through_its_typed_interface() {
        services = new Services(context);

        Greeter greeter = services.awaitService(Greeter.class, "(language=sv)", TIMEOUT);

        assertThat(greeter.greet("Tjörn")).isEqualTo("Hej Tjörn");
    }

    @Test
    void a_missing_service_fails_after_the_timeout_with_its_name() {
        services = new Services(context);

        assertThatThrownBy(
                () -> services.awaitService(Greeter.class, "(language=fi)", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Greeter.class.getName()).hasMessageContaining("(language=fi)");
    }

    @Test
    void the_system_bundle_exports_the_pejl_api_packages() {
        BundleWiring wiring = context.getBundle(0).adapt(BundleWiring.class);

        assertThat(wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE))
                .extracting(BundleCapability::getAttributes)
                .extracting(attributes -> attributes.get(PackageNamespace.PACKAGE_NAMESPACE))
                .contains("se.pejl.api", "se.pejl.api.host", "se.pejl.api.followup", "se.pejl.api.forms",
                        "se.pejl.api.indicators", "se.pejl.api.reports", "se.pejl.api.store");
    }

    @Test
    void the_framework_gets_a_free_http_port_and_tests_get_its_url() {
        String port = context.getProperty("org.osgi.service.http.port");

        assertThat(Integer.parseInt(port)).isPositive();
        assertThat(http.getPort()).isEqualTo(Integer.parseInt(port));
    }

    @Test
    void the_framework_runs_on_a_temporary_data_dir_through_the_pejl_launcher() {
        assertThat(context.getProperty("org.osgi.framework.storage")).contains("pejl-it-").endsWith("felix-cache");
        assertThat(context.getProperty("felix.fileinstall.dir")).contains("pejl-it-").endsWith("etc");
    }
}
