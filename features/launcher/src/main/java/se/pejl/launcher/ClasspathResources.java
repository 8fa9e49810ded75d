package se.pejl.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the resources below a folder of the class path. A class loader cannot list a folder,
 * so this reads the folder's jar or directory itself; only {@code jar:} and {@code file:}
 * locations are supported, which is what {@code java -jar} and Maven test runs give.
 */
final class ClasspathResources {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private ClasspathResources() {
    }

    /**
     * Returns the resource names (e.g. {@code pejl-config/a.cfg}) below {@code folder}, at any
     * depth, sorted, without folder entries.
     *
     * @param folder a resource folder with a trailing slash, e.g. {@code pejl-config/}
     */
    static TreeSet<String> list(ClassLoader loader, String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            List<URL> roots = Collections.list(loader.getResources(folder));
            if (roots.isEmpty()) {
                // A jar written without folder entries (as some shading does) hides the folder from
                // getResources; its manifest is still found, and leads to the jar.
                roots = Collections.list(loader.getResources(MANIFEST));
            }
            for (URL root : roots) {
                switch (root.getProtocol()) {
                    case "jar" -> listJar(root, folder, names);
                    case "file" -> {
                        if (!root.getPath().endsWith(MANIFEST)) {
                            listDirectory(Path.of(root.toURI()), folder, names);
                        }
                    }
                    default -> throw new IllegalStateException(
                            "Cannot list resources at " + root + ": only jar: and file: are supported");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list class path folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list class path folder " + folder, e);
        }
        return names;
    }

    private static void listJar(URL root, String folder, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        // A cached JarFile is shared with the class loader; closing it would break later loads.
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
                    names.add(entry.getName());
                }
            }
        }
    }

    private static void listDirectory(Path dir, String folder, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .map(file -> folder + dir.relativize(file).toString().replace('\\', '/'))
                    .forEach(names::add);
        }
    }
}
