package se.pejl.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.osgi.framework.FrameworkEvent;

/**
 * Entry point of {@code java -jar pejl-demo.jar}.
 *
 * <p>System properties read:
 * <ul>
 *   <li>{@code pejl.data} — the data directory, default {@code ./pejl-data}; a second start on the
 *       same directory reuses its bundles and configuration.</li>
 *   <li>{@code org.osgi.service.http.port} — the HTTP port, default 8080.</li>
 *   <li>{@code pejl.shell} — {@code false} to run without the Gogo shell on the console.</li>
 *   <li>every {@code pejl.*}, {@code org.osgi.*}, {@code felix.*} and {@code gosh.*} property is
 *       passed on as a framework property.</li>
 * </ul>
 * SIGTERM (and Ctrl-C) stops the framework cleanly through a shutdown hook.
 */
public final class Main {

    static final String DATA = "pejl.data";
    static final String SHELL = "pejl.shell";
    static final String HTTP_PORT = "org.osgi.service.http.port";
    static final String GOSH_ARGS = PejlFramework.GOSH_ARGS;

    private Main() {
    }

    /**
     * Libraries that log through java.util.logging print every step at INFO (SPI Fly alone some
     * 400 "Registered provider" lines per start), which buries what an operator must see. Their
     * warnings and errors still show. Held in a field: JUL keeps loggers only weakly.
     */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.apache.aries.spifly"), Logger.getLogger("org.eclipse.osgitech.rest"),
            Logger.getLogger("org.glassfish.jersey"));

    private static void quietLibraryChatter() {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("java.awt.headless") == null) {
            // Jasper renders charts and fonts through AWT; a server has no display. This must be a
            // JVM property set before AWT loads, so the entry point is the one place to set it.
            System.setProperty("java.awt.headless", "true");
        }
        quietLibraryChatter();
        Properties system = System.getProperties();
        Path dataDir = Path.of(system.getProperty(DATA, "pejl-data"));
        Map<String, String> properties = frameworkProperties(system);
        ClassLoader loader = Main.class.getClassLoader();

        PejlFramework pejl = PejlFramework.start(dataDir, properties,
                BundleSet.fromClasspath(loader), DefaultConfigs.fromClasspath(loader));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnShutdown(pejl), "pejl-shutdown"));

        PrintStream out = System.out;
        out.printf("Pejl started: http://localhost:%s/pejl/ (data in %s)%n",
                properties.get(HTTP_PORT), pejl.dataDir());

        FrameworkEvent stopped = pejl.awaitStopped();
        // Bundles may leave non-daemon threads behind; the JVM must still end with the framework.
        System.exit(stopped.getType() == FrameworkEvent.ERROR ? 1 : 0);
    }

    /**
     * The framework properties for the given system properties: the pass-through prefixes, the HTTP
     * port with its default, and {@code gosh.args} for the shell mode unless given.
     */
    static Map<String, String> frameworkProperties(Properties system) {
        Map<String, String> props = new HashMap<>();
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith("pejl.") || name.startsWith("org.osgi.") || name.startsWith("felix.")
                    || name.startsWith("gosh.")) {
                props.put(name, system.getProperty(name));
            }
        }
        props.putIfAbsent(HTTP_PORT, "8080");
        boolean shell = Boolean.parseBoolean(system.getProperty(SHELL, "true"));
        // Gogo shell 1.1.4 stops the framework when its console session ends (stdin closed, or
        // Ctrl-D) unless --noshutdown; --nointeractive never reads stdin at all.
        props.putIfAbsent(GOSH_ARGS, shell ? "--noshutdown" : "--nointeractive");
        return props;
    }

    private static void stopOnShutdown(PejlFramework pejl) {
        try {
            FrameworkEvent event = pejl.stop();
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("Pejl: the framework did not stop within " + PejlFramework.DEFAULT_STOP_TIMEOUT);
            }
        } catch (Exception e) {
            // The JVM is going down anyway; say why the stop was not clean.
            System.err.println("Pejl: stopping the framework failed: " + e);
        }
    }
}
