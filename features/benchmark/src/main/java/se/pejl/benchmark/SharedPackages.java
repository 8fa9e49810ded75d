package se.pejl.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import se.pejl.launcher.BundleSet;

/**
 * The packages the benchmark shares with the framework ({@code org.osgi.framework.system.packages.extra}),
 * so that it calls the engine through {@code se.pejl.api.indicators.IndicatorEngine} typed. They are
 * the api bundle's own {@code Export-Package}, read from the assembly's jar: integration-tests keeps
 * the same list by hand in arquillian.xml, where a version that lags the api bundle makes the bundles
 * wire to the bundle's export instead, and the service is then of another class loader's type.
 */
final class SharedPackages {
    private static final Pattern API_BUNDLE = Pattern.compile(Pattern.quote(BundleSet.FOLDER) + "\\d+/se\\.pejl\\.api-[^/]*\\.jar");

    private SharedPackages() {
    }

    static String of(BundleSet bundles) throws IOException {
        for (BundleSet.Entry entry : bundles.entries()) {
            if (API_BUNDLE.matcher(entry.name()).matches()) {
                try (InputStream in = entry.source().open(); JarInputStream jar = new JarInputStream(in)) {
                    Manifest manifest = jar.getManifest();
                    String exports = manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
                    if (exports == null) {
                        throw new IllegalStateException(entry.name() + " exports nothing");
                    }
                    return exports;
                }
            }
        }
        throw new IllegalStateException("No se.pejl.api bundle in the assembly's " + BundleSet.FOLDER);
    }
}
