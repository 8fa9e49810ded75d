package se.pejl.it.probe;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** Builds the probe bundle: {@link ProbeActivator} and a hand-written manifest. */
public final class Probes {

    // Not under se.pejl.: the health endpoint lists every se.pejl.* bundle, and a probe is not Pejl.
    public static final String SYMBOLIC_NAME = "test.pejl.probe";

    private Probes() {
    }

    public static JavaArchive probeBundle(String archiveName) {
        String manifest = String.join("\n",
                "Manifest-Version: 1.0",
                "Bundle-ManifestVersion: 2",
                "Bundle-SymbolicName: " + SYMBOLIC_NAME,
                "Bundle-Version: 1.0.0",
                "Bundle-Activator: " + ProbeActivator.class.getName(),
                // The api package comes from the system bundle (systemPackagesExtra in arquillian.xml).
                "Import-Package: org.osgi.framework,se.pejl.it.probe.api;version=\"[1.0,2)\"",
                "");
        return ShrinkWrap.create(JavaArchive.class, archiveName)
                .addClass(ProbeActivator.class)
                .setManifest(new StringAsset(manifest));
    }
}
