package se.pejl.it.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;

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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import se.pejl.it.probe.Probes;

@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class DeployUndeployTest {

    private static final String PROBE = "managed-by-test";

    @Deployment(name = PROBE, managed = false, testable = false)
    static JavaArchive probeArchive() {
        return Probes.probeBundle("undeployable-probe.jar");
    }

    private static final String BROKEN = "broken";

    @Deployment(name = BROKEN, managed = false, testable = false)
    static JavaArchive brokenArchive() {
        // Imports a package nobody exports, so the bundle cannot resolve.
        return ShrinkWrap.create(JavaArchive.class, "broken.jar").setManifest(new StringAsset(String.join("\n",
                "Manifest-Version: 1.0", "Bundle-ManifestVersion: 2", "Bundle-SymbolicName: se.pejl.it.broken",
                "Import-Package: se.pejl.nowhere", "")));
    }

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    BundleContext context;

    @Test
    void deploy_starts_the_bundle_and_undeploy_removes_it() {
        deployer.deploy(PROBE);
        assertThat(probe()).map(Bundle::getState).contains(Bundle.ACTIVE);

        deployer.undeploy(PROBE);
        assertThat(probe()).isEmpty();
    }

    @Test
    void a_bundle_can_be_deployed_again_after_undeploy() {
        deployer.deploy(PROBE);
        long first = probe().orElseThrow().getBundleId();
        deployer.undeploy(PROBE);

        deployer.deploy(PROBE);
        try {
            assertThat(probe()).map(Bundle::getState).contains(Bundle.ACTIVE);
            assertThat(probe().orElseThrow().getBundleId()).isNotEqualTo(first);
        } finally {
            deployer.undeploy(PROBE);
        }
    }

    @Test
    void a_bundle_that_cannot_resolve_fails_the_deployment_naming_the_requirement_and_is_not_left_installed() {
        assertThatThrownBy(() -> deployer.deploy(BROKEN)).hasStackTraceContaining("se.pejl.nowhere");

        assertThat(context.getBundles()).noneMatch(b -> "se.pejl.it.broken".equals(b.getSymbolicName()));
    }

    private Optional<Bundle> probe() {
        return Arrays.stream(context.getBundles())
                .filter(b -> Probes.SYMBOLIC_NAME.equals(b.getSymbolicName()))
                .findFirst();
    }
}
