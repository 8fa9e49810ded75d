package se.pejl.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes tiny bundles: a manifest and nothing else is enough for Felix to install and start one. */
final class TestBundles {

    private TestBundles() {
    }

    static Path bundle(Path file, String symbolicName, String version) throws IOException {
        return jar(file, Map.of("Bundle-SymbolicName", symbolicName, "Bundle-Version", version));
    }

    static Path fragment(Path file, String symbolicName, String host) throws IOException {
        return jar(file, Map.of("Bundle-SymbolicName", symbolicName, "Bundle-Version", "1.0.0",
                "Fragment-Host", host));
    }

    static Path jar(Path file, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
