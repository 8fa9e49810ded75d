package se.pejl.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.util.tracker.ServiceTracker;

import se.pejl.launcher.BundleSet;
import se.pejl.launcher.DefaultConfigs;
import se.pejl.launcher.PejlFramework;

/**
 * Pejl as pejl-demo.jar runs it (the same bundles, start levels and default configuration, through
 * the same launcher), started inside the benchmark's JVM on a data folder, with the api packages
 * shared so that services are called typed and an HTTP port of its own.
 */
final class RunningPejl implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final PejlFramework framework;
    private final int httpPort;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

    private RunningPejl(PejlFramework framework, int httpPort) {
        this.framework = framework;
        this.httpPort = httpPort;
    }

    /** Starts the assembly on the class path; returns once the framework is at its last start level. */
    static RunningPejl start(Path dataDir) throws IOException, BundleException {
        ClassLoader loader = RunningPejl.class.getClassLoader();
        BundleSet bundles = BundleSet.fromClasspath(loader);
        int port = freePort();
        Map<String, String> properties = new HashMap<>();
        properties.put("org.osgi.service.http.port", Integer.toString(port));
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SharedPackages.of(bundles));
        properties.put("felix.log.level", "1");
        return new RunningPejl(PejlFramework.start(dataDir, properties, bundles, DefaultConfigs.fromClasspath(loader)),
                port);
    }

    int httpPort() {
        return httpPort;
    }

    /**
     * Waits for a service and keeps its tracker open until {@link #close()}: closing it would let
     * Declarative Services deactivate a delayed component that nobody else uses.
     */
    <T> T await(Class<T> type, Duration timeout) throws InterruptedException {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(framework.bundleContext(), t.getName(), null);
            opened.open();
            return opened;
        });
        Object service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            throw new IllegalStateException("No " + type.getName() + " within " + timeout + "; " + diagnosis()
                    + "; see the framework's log above");
        }
        if (!type.isInstance(service)) {
            throw new IllegalStateException(type.getName() + " comes from another class loader: the api bundle's"
                    + " exports did not wire to the system bundle's (SharedPackages)");
        }
        return type.cast(service);
    }

    /** A file of an installed bundle (e.g. its texts), or null when there is no such bundle or file. */
    URL entry(String symbolicName, String path) {
        for (Bundle b : framework.bundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b.getEntry(path);
            }
        }
        return null;
    }

    /** What may keep a service away: bundles not active, and which of Pejl's services are there. */
    private String diagnosis() {
        List<String> inactive = new ArrayList<>();
        for (Bundle b : framework.bundleContext().getBundles()) {
            boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            if (b.getState() != Bundle.ACTIVE && !fragment) {
                inactive.add(b.getSymbolicName() + " (state " + b.getState() + ")");
            }
        }
        List<String> services = new ArrayList<>();
        for (String name : List.of("se.pejl.api.store.StatisticsSource", "se.pejl.api.forms.InstrumentRegistry",
                "se.pejl.api.followup.MeasurementPlans", "se.pejl.api.indicators.IndicatorEngine")) {
            services.add(name.substring(name.lastIndexOf('.') + 1) + "="
                    + (framework.bundleContext().getServiceReference(name) != null ? "up" : "missing"));
        }
        return "bundles not active: " + inactive + ", services: " + services;
    }

    /** Stops the framework; the store shuts its Derby database down on the way. */
    @Override
    public void close() throws BundleException, InterruptedException {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
        FrameworkEvent stopped = framework.stop(STOP_TIMEOUT);
        if (stopped.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            throw new IllegalStateException("The framework did not stop within " + STOP_TIMEOUT);
        }
    }

    private static int freePort() throws IOException {
        // Free now; another process could take it before Jetty binds, which is rare enough here.
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
