package se.pejl.it.arquillian;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

import se.pejl.launcher.BundleSet;
import se.pejl.launcher.DefaultConfigs;

/**
 * Settings of {@link FelixDeployableContainer}, set from {@code arquillian.xml}
 * ({@code <property name="bundles">…</property>}; Arquillian calls the setters).
 *
 * <ul>
 *   <li>{@code bundles} — where the bundles come from: {@code classpath} (default;
 *       {@link BundleSet#fromClasspath}, i.e. {@code pejl-bundles/} of an assembly on the test class
 *       path, nothing if there is none), {@code none}, or a directory {@code <dir>/<level>/*.jar}.</li>
 *   <li>{@code configs} — default configuration files: {@code classpath} (default), {@code none}, or a
 *       directory of {@code <pid>.cfg} files.</li>
 *   <li>{@code httpPort} — passed on as {@code org.osgi.service.http.port}; 0 (default) picks a free one.</li>
 *   <li>{@code systemPackagesExtra} — {@code org.osgi.framework.system.packages.extra}: the packages the
 *       tests share with the framework, so services can be called through their typed interfaces.</li>
 *   <li>{@code frameworkProperties} — further framework properties, {@code key=value} one a line.</li>
 *   <li>{@code keepDataDir} — keep the temporary data directory after the container stops (debugging).</li>
 *   <li>{@code stopTimeoutSeconds} — how long stopping the framework may take, default 30.</li>
 * </ul>
 */
public final class FelixContainerConfiguration implements ContainerConfiguration {

    static final String CLASSPATH = "classpath";
    static final String NONE = "none";

    private String bundles = CLASSPATH;
    private String configs = CLASSPATH;
    private int httpPort;
    private String systemPackagesExtra = "";
    private String frameworkProperties = "";
    private boolean keepDataDir;
    private int stopTimeoutSeconds = 30;

    @Override
    public void validate() throws ConfigurationException {
        for (String source : new String[] {bundles, configs}) {
            if (!CLASSPATH.equals(source) && !NONE.equals(source) && !Files.isDirectory(Path.of(source))) {
                throw new ConfigurationException("Not 'classpath', 'none' or a directory: " + source);
            }
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new ConfigurationException("httpPort must be 0 (pick a free one) or a port: " + httpPort);
        }
        if (stopTimeoutSeconds < 1) {
            throw new ConfigurationException("stopTimeoutSeconds must be 1 or more: " + stopTimeoutSeconds);
        }
        extraFrameworkProperties();
    }

    BundleSet bundleSet(ClassLoader loader) {
        return switch (bundles) {
            case CLASSPATH -> BundleSet.fromClasspath(loader);
            case NONE -> BundleSet.empty();
            default -> BundleSet.fromDirectory(Path.of(bundles));
        };
    }

    DefaultConfigs defaultConfigs(ClassLoader loader) {
        return switch (configs) {
            case CLASSPATH -> DefaultConfigs.fromClasspath(loader);
            case NONE -> DefaultConfigs.none();
            default -> DefaultConfigs.fromDirectory(Path.of(configs));
        };
    }

    Map<String, String> extraFrameworkProperties() throws ConfigurationException {
        Properties parsed = new Properties();
        try {
            parsed.load(new StringReader(frameworkProperties));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("frameworkProperties are not key=value lines: " + e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        parsed.stringPropertyNames().forEach(name -> map.put(name, parsed.getProperty(name)));
        return map;
    }

    public String getBundles() {
        return bundles;
    }

    public void setBundles(String bundles) {
        this.bundles = bundles.strip();
    }

    public String getConfigs() {
        return configs;
    }

    public void setConfigs(String configs) {
        this.configs = configs.strip();
    }

    public int getHttpPort() {
        return httpPort;
    }

    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    public String getSystemPackagesExtra() {
        return systemPackagesExtra;
    }

    public void setSystemPackagesExtra(String systemPackagesExtra) {
        // arquillian.xml may wrap the list over lines; the framework wants one comma-separated line.
        this.systemPackagesExtra = systemPackagesExtra.replaceAll("\\s+", "");
    }

    public String getFrameworkProperties() {
        return frameworkProperties;
    }

    public void setFrameworkProperties(String frameworkProperties) {
        this.frameworkProperties = frameworkProperties;
    }

    public boolean isKeepDataDir() {
        return keepDataDir;
    }

    public void setKeepDataDir(boolean keepDataDir) {
        this.keepDataDir = keepDataDir;
    }

    public int getStopTimeoutSeconds() {
        return stopTimeoutSeconds;
    }

    public void setStopTimeoutSeconds(int stopTimeoutSeconds) {
        this.stopTimeoutSeconds = stopTimeoutSeconds;
    }
}
