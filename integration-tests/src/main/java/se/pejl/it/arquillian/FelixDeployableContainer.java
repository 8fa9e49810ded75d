package se.pejl.it.arquillian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.ContainerScoped;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

import se.pejl.launcher.PejlFramework;

/**
 * An Arquillian container that runs Pejl's embedded Felix through {@link PejlFramework}, the same
 * launcher as {@code pejl-demo.jar}. Each container start gets a fresh temporary data directory.
 *
 * <p>Client mode only: deployments are ShrinkWrap archives installed and started as bundles, and the
 * test itself runs outside the framework, on the class path, reaching services through the system
 * bundle's {@link BundleContext}. Running a test inside a bundle would need an archive processor and
 * a protocol of our own; {@link #getDefaultProtocol()} names Arquillian's local protocol only because
 * the SPI asks for one.
 */
public final class FelixDeployableContainer implements DeployableContainer<FelixContainerConfiguration> {

    /** Location prefix of deployed archives, beside the launcher's {@code pejl:}. */
    static final String LOCATION_PREFIX = "arquillian:";

    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    @ContainerScoped
    private InstanceProducer<BundleContext> bundleContext;

    private final Map<String, Bundle> deployed = new ConcurrentHashMap<>();
    private FelixContainerConfiguration configuration;
    private volatile PejlFramework framework;
    private int httpPort;

    @Override
    public Class<FelixContainerConfiguration> getConfigurationClass() {
        return FelixContainerConfiguration.class;
    }

    @Override
    public void setup(FelixContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void start() throws LifecycleException {
        try {
            httpPort = configuration.getHttpPort() == 0 ? freePort() : configuration.getHttpPort();
            Map<String, String> properties = new HashMap<>();
            properties.put("org.osgi.service.http.port", Integer.toString(httpPort));
            properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, configuration.getSystemPackagesExtra());
            // Tests have no console; a Gogo shell in the assembly must neither read stdin nor stop the framework.
            properties.put("gosh.args", "--nointeractive");
            properties.putAll(configuration.extraFrameworkProperties());

            ClassLoader loader = getClass().getClassLoader();
            Path dataDir = Files.createTempDirectory("pejl-it-");
            framework = PejlFramework.start(dataDir, properties,
                    configuration.bundleSet(loader), configuration.defaultConfigs(loader));
            bundleContext.set(framework.bundleContext());
        } catch (Exception e) {
            throw new LifecycleException("Could not start embedded Felix: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() throws LifecycleException {
        if (framework == null) {
            return;
        }
        try {
            FrameworkEvent event = framework.stop(Duration.ofSeconds(configuration.getStopTimeoutSeconds()));
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                throw new LifecycleException("Felix did not stop within " + configuration.getStopTimeoutSeconds() + " s");
            }
            if (!configuration.isKeepDataDir()) {
                deleteRecursively(framework.dataDir());
            }
        } catch (BundleException | IOException e) {
            throw new LifecycleException("Could not stop embedded Felix: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LifecycleException("Interrupted while stopping embedded Felix", e);
        } finally {
            deployed.clear();
            framework = null;
        }
    }

    /** The running framework's system bundle context, or null when stopped. */
    BundleContext runningBundleContext() {
        PejlFramework running = framework;
        return running == null ? null : running.bundleContext();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        BundleContext context = framework.bundleContext();
        Bundle bundle;
        try (InputStream in = archive.as(ZipExporter.class).exportAsInputStream()) {
            bundle = context.installBundle(LOCATION_PREFIX + archive.getName(), in);
        } catch (BundleException | IOException e) {
            throw new DeploymentException("Could not install " + archive.getName() + ": " + e.getMessage(), e);
        }
        try {
            if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                bundle.start();
            }
        } catch (BundleException e) {
            uninstall(bundle, e);
            // Felix's message names the unresolved requirement; that is what the test author needs.
            throw new DeploymentException("Could not start " + archive.getName() + ": " + e.getMessage(), e);
        }
        deployed.put(archive.getName(), bundle);
        // Lets tests inject @ArquillianResource URL for the framework's HTTP service.
        return new ProtocolMetaData().addContext(new HTTPContext("localhost", httpPort));
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        Bundle bundle = deployed.remove(archive.getName());
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
            return;
        }
        try {
            bundle.uninstall();
            refresh();
        } catch (BundleException e) {
            throw new DeploymentException("Could not uninstall " + archive.getName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeploymentException("Interrupted while refreshing after " + archive.getName(), e);
        }
    }

    /** Drops the wiring of uninstalled bundles, so a redeployed archive does not meet stale classes. */
    private void refresh() throws InterruptedException, DeploymentException {
        CountDownLatch refreshed = new CountDownLatch(1);
        framework.framework().adapt(FrameworkWiring.class).refreshBundles(null, event -> refreshed.countDown());
        if (!refreshed.await(REFRESH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new DeploymentException("Bundle refresh did not finish within " + REFRESH_TIMEOUT);
        }
    }

    private static void uninstall(Bundle bundle, Exception cause) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            cause.addSuppressed(e);
        }
    }

    private static int freePort() throws IOException {
        // The port is free now; another process could take it before Jetty binds, which is rare enough here.
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
