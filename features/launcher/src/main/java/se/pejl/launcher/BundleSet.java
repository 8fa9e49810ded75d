package se.pejl.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundles a {@link PejlFramework} installs, each with its start level.
 *
 * <p>Each entry has a name, the path of the bundle relative to the assembly, always of the form
 * {@code pejl-bundles/<startLevel>/<file>.jar}. The bundle is installed with the location
 * {@code pejl:<name>}, so a framework restarted on the same storage recognises it.
 *
 * <h2>Class path layout and {@code pejl-bundles/index.txt}</h2>
 * In {@code pejl-demo.jar} the bundles are resources {@code pejl-bundles/<startLevel>/<file>.jar}.
 * The build may list them in the resource {@code pejl-bundles/index.txt}, UTF-8, one bundle a line:
 * <pre>
 * # start level, space, resource path; blank lines and lines starting with # are skipped
 * 1 pejl-bundles/1/slf4j-api-2.0.17.jar
 * 2 pejl-bundles/2/org.apache.felix.scr-2.2.18.jar
 * </pre>
 * The index decides the order of installation within a level (the line order). Without an index,
 * the folder {@code pejl-bundles/} is read directly and every {@code <level>/<file>.jar} is taken,
 * sorted by level and file name; so the build may generate an index or nothing.
 */
public final class BundleSet {

    /** The resource folder of the bundles in the assembly. */
    public static final String FOLDER = "pejl-bundles/";
    /** The optional index resource; see the class comment for its format. */
    public static final String INDEX = FOLDER + "index.txt";

    private static final Pattern LAYOUT = Pattern.compile(Pattern.quote(FOLDER) + "([1-9][0-9]*)/[^/]+\\.jar");
    private static final Pattern INDEX_LINE = Pattern.compile("([1-9][0-9]*)\\s+(\\S+)");

    /**
     * One bundle to install.
     *
     * @param startLevel the bundle's start level, 1 or higher
     * @param name       the bundle's path in the assembly; the install location is {@code pejl:<name>}
     * @param source     opens the bundle jar
     */
    public record Entry(int startLevel, String name, ResourceSource source) {

        public Entry {
            if (startLevel < 1) {
                throw new IllegalArgumentException("Start level of " + name + " must be 1 or higher: " + startLevel);
            }
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
        }

        /** The bundle location used for this entry. */
        public String location() {
            return "pejl:" + name;
        }
    }

    private final List<Entry> entries;

    /** A set of the given entries, installed in this order. */
    public BundleSet(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A set of no bundles: the framework alone. */
    public static BundleSet empty() {
        return new BundleSet(List.of());
    }

    /**
     * The bundles of the assembly on {@code loader}'s class path: from {@code pejl-bundles/index.txt}
     * when there is one, else from the folder {@code pejl-bundles/}. Neither there gives an empty set.
     *
     * @throws IllegalStateException if the index is malformed or names a missing resource
     */
    public static BundleSet fromClasspath(ClassLoader loader) {
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index != null) {
                return fromIndex(loader, index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
        List<Entry> found = new ArrayList<>();
        for (String name : ClasspathResources.list(loader, FOLDER)) {
            Matcher m = LAYOUT.matcher(name);
            if (m.matches()) {
                found.add(new Entry(Integer.parseInt(m.group(1)), name, () -> open(loader, name)));
            }
        }
        found.sort(Comparator.comparingInt(Entry::startLevel));
        return new BundleSet(found);
    }

    /**
     * The bundles {@code <dir>/<startLevel>/*.jar}, sorted by level and file name. Named as if
     * they were in an assembly, so switching between a folder and the jar keeps locations stable.
     */
    public static BundleSet fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Not a directory of bundles: " + dir);
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            List<Entry> found = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .filter(relative -> LAYOUT.matcher(FOLDER + relative).matches())
                    .sorted()
                    .forEach(relative -> found.add(new Entry(
                            Integer.parseInt(relative.substring(0, relative.indexOf('/'))),
                            FOLDER + relative,
                            () -> Files.newInputStream(dir.resolve(relative)))));
            found.sort(Comparator.comparingInt(Entry::startLevel));
            return new BundleSet(found);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list bundles in " + dir, e);
        }
    }

    /** The entries, in installation order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The highest start level of any entry, 1 for an empty set. */
    public int highestStartLevel() {
        return entries.stream().mapToInt(Entry::startLevel).max().orElse(1);
    }

    private static BundleSet fromIndex(ClassLoader loader, InputStream index) throws IOException {
        List<Entry> found = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = INDEX_LINE.matcher(trimmed);
            if (!m.matches()) {
                throw new IllegalStateException(INDEX + " line " + lineNumber
                        + ": expected '<startLevel> <resourcePath>', got '" + trimmed + "'");
            }
            String name = m.group(2);
            if (loader.getResource(name) == null) {
                throw new IllegalStateException(INDEX + " line " + lineNumber + ": no resource " + name);
            }
            found.add(new Entry(Integer.parseInt(m.group(1)), name, () -> open(loader, name)));
        }
        return new BundleSet(found);
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Resource disappeared from the class path: " + name);
        }
        return in;
    }
}
