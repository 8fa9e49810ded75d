package se.pejl.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Default configuration files that ship with the assembly, in Felix fileinstall format:
 * {@code <pid>.cfg} or, for a factory configuration, {@code <factoryPid>-<name>.cfg}, with
 * {@code key = value} lines ({@code .config} files, fileinstall's typed format, are taken too).
 *
 * <p>They are copied into the configuration folder only where no file of that name is there yet:
 * the folder belongs to municipal IT after the first start, and their edits must survive restarts
 * and upgrades. To go back to a default, IT deletes the file.
 */
public final class DefaultConfigs {

    /** The resource folder of the default configuration files in the assembly. */
    public static final String FOLDER = "pejl-config/";

    private final Map<String, ResourceSource> files;

    /** Defaults by file name (e.g. {@code org.example.pid.cfg}). */
    public DefaultConfigs(Map<String, ResourceSource> files) {
        files.keySet().forEach(DefaultConfigs::checkFileName);
        this.files = Map.copyOf(files);
    }

    /** No defaults. */
    public static DefaultConfigs none() {
        return new DefaultConfigs(Map.of());
    }

    /** The files {@code pejl-config/*.cfg} (not below) on {@code loader}'s class path. */
    public static DefaultConfigs fromClasspath(ClassLoader loader) {
        Map<String, ResourceSource> found = new TreeMap<>();
        for (String resource : ClasspathResources.list(loader, FOLDER)) {
            String fileName = resource.substring(FOLDER.length());
            if (isConfigFile(fileName)) {
                found.put(fileName, () -> {
                    InputStream in = loader.getResourceAsStream(resource);
                    if (in == null) {
                        throw new IOException("Resource disappeared from the class path: " + resource);
                    }
                    return in;
                });
            }
        }
        return new DefaultConfigs(found);
    }

    /** The files {@code <dir>/*.cfg}. */
    public static DefaultConfigs fromDirectory(Path dir) {
        Map<String, ResourceSource> found = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile)
                    .filter(file -> isConfigFile(file.getFileName().toString()))
                    .forEach(file -> found.put(file.getFileName().toString(), () -> Files.newInputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list configuration files in " + dir, e);
        }
        return new DefaultConfigs(found);
    }

    /** The file names of the defaults. */
    public List<String> fileNames() {
        return List.copyOf(new TreeMap<>(files).keySet());
    }

    /**
     * Copies each default into {@code targetDir} unless a file for its PID exists there, in either
     * format: a default that moved from {@code .cfg} to {@code .config} must not give an existing
     * installation the same PID twice.
     *
     * @return the names of the files copied
     */
    public List<String> copyMissingInto(Path targetDir) throws IOException {
        Files.createDirectories(targetDir);
        List<String> copied = new ArrayList<>();
        for (String name : fileNames()) {
            Path target = targetDir.resolve(name);
            String pid = name.substring(0, name.lastIndexOf('.'));
            if (Files.exists(targetDir.resolve(pid + ".cfg")) || Files.exists(targetDir.resolve(pid + ".config"))) {
                continue;
            }
            try (InputStream in = files.get(name).open()) {
                // Without REPLACE_EXISTING the copy fails rather than overwrite a file created meanwhile.
                Files.copy(in, target);
                copied.add(name);
            } catch (FileAlreadyExistsException e) {
                // IT (or fileinstall) wrote it between the check and the copy: theirs wins.
            }
        }
        return copied;
    }

    private static boolean isConfigFile(String fileName) {
        return !fileName.contains("/") && (fileName.endsWith(".cfg") || fileName.endsWith(".config"));
    }

    private static void checkFileName(String fileName) {
        if (!isConfigFile(fileName)) {
            throw new IllegalArgumentException("Not a configuration file name (<pid>.cfg): " + fileName);
        }
    }
}
