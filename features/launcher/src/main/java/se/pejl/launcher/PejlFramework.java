package se.pejl.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * An embedded Felix framework running a {@link BundleSet}, with its storage and configuration
 * under one data directory:
 * <ul>
 *   <li>{@code <data>/felix-cache} — the framework storage. It is kept between starts, so a restart
 *       reuses the installed bundles (same bundle ids) rather than installing them again.</li>
 *   <li>{@code <data>/etc} — configuration files read by Felix fileinstall
 *       ({@code felix.fileinstall.dir}); {@link DefaultConfigs} are copied there only when missing.</li>
 * </ul>
 * Bundles are installed with the location {@code pejl:<name>}. On a restart, a bundle whose location
 * is already installed is reused, and updated when its manifest changed (a rebuilt bundle carries a
 * new {@code Bnd-LastModified}); a {@code pejl:} bundle no longer in the set is uninstalled, so an
 * upgraded assembly does not leave old versions behind. Bundles installed otherwise are left alone.
 *
 * <p>{@code org.osgi.framework.storage.clean} is not set: its value {@code onFirstInit} wipes the
 * storage each time a new framework object is initialised, i.e. on every JVM start, which would
 * defeat the reuse above. A caller may still pass it.
 */
public final class PejlFramework implements AutoCloseable {

    /** How long {@link #stop()} and {@link #close()} wait for the framework to stop. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final String LOCATION_PREFIX = "pejl:";

    private final Framework framework;
    /** The framework property that tells bundles where the data directory is. */
    public static final String DATA_PROPERTY = "pejl.data";
    private static final String DERBY_LOG = "derby.stream.error.file";
    private static final String DERBY_PAGE_CACHE = "derby.storage.pageCacheSize";
    /** Pages at most: 80 MB of the 4 KB pages most indexes have. */
    private static final long DERBY_PAGE_CACHE_MOST = 20_000;
    static final String GOSH_ARGS = "gosh.args";

    private final Path dataDir;

    private PejlFramework(Framework framework, Path dataDir) {
        this.framework = framework;
        this.dataDir = dataDir;
    }

    /**
     * Starts a framework and returns when it has reached the highest start level of {@code bundles}.
     *
     * @param dataDir    the data directory; created when missing
     * @param properties framework properties; they override the defaults described on this class
     * @param bundles    the bundles to install and start
     * @param configs    default configuration files for {@code <data>/etc}
     * @throws BundleException if the framework cannot start or a bundle cannot be installed
     */
    public static PejlFramework start(Path dataDir, Map<String, String> properties, BundleSet bundles,
            DefaultConfigs configs) throws BundleException, IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        Path etc = data.resolve("etc");
        Files.createDirectories(data);
        configs.copyMissingInto(etc);

        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, data.resolve("felix-cache").toString());
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(bundles.highestStartLevel()));
        props.put("felix.fileinstall.dir", etc.toString());
        // Apply configurations at once: some runtimes (osgitech REST) do nothing until theirs exists.
        props.put("felix.fileinstall.noInitialDelay", "true");
        // Without this the Gogo shell reads the process's standard input, which is not ours to
        // take when Felix is embedded (in a test runner it is the runner's own channel). Main
        // asks for an interactive console explicitly.
        props.put(GOSH_ARGS, "--nointeractive");
        props.putAll(properties);
        // Bundles find their data (the store's database) here; always the one this framework runs on.
        props.put(DATA_PROPERTY, data.toString());
        // Derby takes its log file only from a JVM system property, and would otherwise write
        // derby.log into the working directory. The launcher owns the JVM; an explicit -D wins.
        if (System.getProperty(DERBY_LOG) == null) {
            System.setProperty(DERBY_LOG, data.resolve("derby.log").toString());
        }
        // Likewise its page cache, whose default (1,000 pages, 4 MB at 4 KB a page) holds little of
        // a municipality's answer indexes: the lists of a large unit's occasions read them over and
        // over (at 1M answers a coverage list's reads and audit write took a quarter longer).
        if (System.getProperty(DERBY_PAGE_CACHE) == null) {
            System.setProperty(DERBY_PAGE_CACHE, Long.toString(derbyPageCache(Runtime.getRuntime().maxMemory())));
        }

        Framework framework = new FrameworkFactory().newFramework(props);
        framework.init();
        try {
            install(framework.getBundleContext(), bundles);
            // Felix raises the start level to the beginning level before start() returns.
            framework.start();
        } catch (BundleException | IOException | RuntimeException e) {
            stopQuietly(framework, e);
            throw e;
        }
        return new PejlFramework(framework, data);
    }

    /** The system bundle's context. */
    public BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    /** The framework itself. */
    public Framework framework() {
        return framework;
    }

    /** The absolute data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** The folder fileinstall reads configuration files from. */
    public Path configDir() {
        return dataDir.resolve("etc");
    }

    /**
     * Blocks until the framework has stopped, whatever stopped it (the shell's {@code stop 0},
     * {@link #stop()}, an update of the system bundle).
     */
    public FrameworkEvent awaitStopped() throws InterruptedException {
        return framework.waitForStop(0);
    }

    /** Stops the framework and waits at most {@link #DEFAULT_STOP_TIMEOUT}. */
    public FrameworkEvent stop() throws BundleException, InterruptedException {
        return stop(DEFAULT_STOP_TIMEOUT);
    }

    /**
     * Stops the framework and waits for it; safe to call more than once and from several threads.
     *
     * @return the stop event; its type is {@link FrameworkEvent#WAIT_TIMEDOUT} if the framework
     *         had not stopped within {@code timeout}
     */
    public FrameworkEvent stop(Duration timeout) throws BundleException, InterruptedException {
        framework.stop();
        // waitForStop(0) would wait forever.
        return framework.waitForStop(Math.max(1, timeout.toMillis()));
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        FrameworkEvent event = stop();
        if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            throw new IllegalStateException("Framework did not stop within " + DEFAULT_STOP_TIMEOUT);
        }
    }

    private static void install(BundleContext context, BundleSet bundles) throws BundleException, IOException {
        Map<String, Bundle> previous = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(LOCATION_PREFIX)) {
                previous.put(bundle.getLocation(), bundle);
            }
        }
        for (BundleSet.Entry entry : bundles.entries()) {
            Bundle bundle = previous.remove(entry.location());
            if (bundle == null) {
                try (InputStream in = entry.source().open()) {
                    bundle = context.installBundle(entry.location(), in);
                }
            } else if (manifestChanged(bundle, entry)) {
                try (InputStream in = entry.source().open()) {
                    bundle.update(in);
                }
            }
            bundle.adapt(BundleStartLevel.class).setStartLevel(entry.startLevel());
            if (!isFragment(bundle)) {
                // Below the active start level this only marks the bundle to be started.
                bundle.start();
            }
        }
        for (Bundle stale : previous.values()) {
            stale.uninstall();
        }
    }

    private static boolean manifestChanged(Bundle bundle, BundleSet.Entry entry) throws IOException {
        Manifest manifest;
        try (JarInputStream jar = new JarInputStream(entry.source().open())) {
            manifest = jar.getManifest();
        }
        if (manifest == null) {
            // JarInputStream finds the manifest only among the first entries; install what is given.
            return true;
        }
        Map<String, String> fresh = new HashMap<>();
        for (Map.Entry<Object, Object> header : manifest.getMainAttributes().entrySet()) {
            fresh.put(((Attributes.Name) header.getKey()).toString().toLowerCase(Locale.ROOT),
                    Objects.toString(header.getValue()));
        }
        Map<String, String> installed = new HashMap<>();
        Dictionary<String, String> headers = bundle.getHeaders("");
        for (Enumeration<String> keys = headers.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            installed.put(key.toLowerCase(Locale.ROOT), headers.get(key));
        }
        return !fresh.equals(installed);
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static void stopQuietly(Framework framework, Exception cause) {
        try {
            framework.stop();
            framework.waitForStop(DEFAULT_STOP_TIMEOUT.toMillis());
        } catch (BundleException | RuntimeException e) {
            cause.addSuppressed(e);
        } catch (InterruptedException e) {
            cause.addSuppressed(e);
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Derby's page cache in pages: an eighth of the heap even if every page were one of the 32 KB
     * pages of tables with long texts, between Derby's default (1,000) and 20,000.
     */
    static long derbyPageCache(long maxHeap) {
        return Math.max(1_000, Math.min(DERBY_PAGE_CACHE_MOST, maxHeap / 8 / 32_768));
    }
}
