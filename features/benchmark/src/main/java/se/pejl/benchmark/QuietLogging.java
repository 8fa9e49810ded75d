package se.pejl.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the framework's logging out of the figures: its bundles log through slf4j-simple and
 * java.util.logging, and only warnings, and the engine's own "facts read" line, belong between the
 * figures. An explicit -D wins over each default here.
 */
final class QuietLogging {
    /** Held: java.util.logging keeps loggers only weakly, and their levels would go with them. */
    private static final List<Logger> CHATTY = List.of(Logger.getLogger("org.apache.aries.spifly"),
            Logger.getLogger("org.eclipse.osgitech.rest"), Logger.getLogger("org.glassfish.jersey"));

    private QuietLogging() {
    }

    /** Before the first framework starts: slf4j-simple reads its settings once, when it loads. */
    static void configure(Path workDir) {
        setDefault("java.awt.headless", "true");
        setDefault("org.slf4j.simpleLogger.logFile", "System.out");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setDefault("org.slf4j.simpleLogger.log.se.pejl.indicators.internal.DefaultIndicatorEngine", "info");
        setDefault("derby.stream.error.file", workDir.resolve("derby.log").toString());
        // As the launcher's Main does; some of their INFO lines still reach stderr, the figures
        // go to stdout.
        if (System.getProperty("java.util.logging.config.file") == null) {
            CHATTY.forEach(logger -> logger.setLevel(Level.WARNING));
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
