package se.pejl.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.pejl.launcher.TestBundles.bundle;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(ReplaceUnderscores.class)
class BundleSetTest {

    @TempDir
    Path tmp;

    @Test
    void the_index_gives_levels_and_order_of_the_bundles() throws Exception {
        Path root = tmp.resolve("cp");
        bundle(root.resolve("pejl-bundles/2/b.jar"), "test.b", "1.0.0");
        bundle(root.resolve("pejl-bundles/1/a.jar"), "test.a", "1.0.0");
        Files.writeString(root.resolve("pejl-bundles/index.txt"),
                "# generated\n\n2 pejl-bundles/2/b.jar\n1 pejl-bundles/1/a.jar\n");

        try (URLClassLoader loader = loader(root.toUri().toURL())) {
            BundleSet set = BundleSet.fromClasspath(loader);

            assertThat(set.entries()).extracting(BundleSet.Entry::startLevel, BundleSet.Entry::name)
                    .containsExactly(tuple(2, "pejl-bundles/2/b.jar"),
                            tuple(1, "pejl-bundles/1/a.jar"));
            assertThat(set.highestStartLevel()).isEqualTo(2);
            try (InputStream in = set.entries().get(1).source().open()) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(root.resolve("pejl-bundles/1/a.jar")));
            }
        }
    }

    @Test
    void a_bad_index_line_is_named_in_the_error() throws Exception {
        Path root = tmp.resolve("cp");
        Files.createDirectories(root.resolve("pejl-bundles"));
        Files.writeString(root.resolve("pejl-bundles/index.txt"), "1 pejl-bundles/1/missing.jar\nthree x.jar\n");

        try (URLClassLoader loader = loader(root.toUri().toURL())) {
            assertThatThrownBy(() -> BundleSet.fromClasspath(loader))
                    .hasMessageContaining("line 1").hasMessageContaining("missing.jar");
        }
    }

    @Test
    void without_an_index_the_folder_of_a_jar_without_folder_entries_is_read_by_level() throws Exception {
        Path assembly = tmp.resolve("assembly.jar");
        try (OutputStream out = Files.newOutputStream(assembly); JarOutputStream jar = new JarOutputStream(out, manifest())) {
            for (String name : new String[] {"pejl-bundles/4/pejl.jar", "pejl-bundles/1/log.jar",
                    "pejl-bundles/readme.txt", "pejl-config/x.cfg"}) {
                jar.putNextEntry(new ZipEntry(name));
                jar.write(name.getBytes());
                jar.closeEntry();
            }
        }

        try (URLClassLoader loader = loader(assembly.toUri().toURL())) {
            BundleSet set = BundleSet.fromClasspath(loader);

            assertThat(set.entries()).extracting(BundleSet.Entry::location)
                    .containsExactly("pejl:pejl-bundles/1/log.jar", "pejl:pejl-bundles/4/pejl.jar");
            assertThat(set.highestStartLevel()).isEqualTo(4);
            assertThat(DefaultConfigs.fromClasspath(loader).fileNames()).containsExactly("x.cfg");
        }
    }

    @Test
    void a_class_path_without_bundles_gives_an_empty_set() throws Exception {
        try (URLClassLoader loader = loader(Files.createDirectories(tmp.resolve("empty")).toUri().toURL())) {
            assertThat(BundleSet.fromClasspath(loader).entries()).isEmpty();
            assertThat(BundleSet.fromClasspath(loader).highestStartLevel()).isEqualTo(1);
        }
    }

    @Test
    void a_directory_is_read_as_level_folders_with_assembly_names() throws Exception {
        bundle(tmp.resolve("b/3/c.jar"), "test.c", "1.0.0");
        bundle(tmp.resolve("b/1/a.jar"), "test.a", "1.0.0");
        Files.writeString(tmp.resolve("b/1/notes.txt"), "not a bundle");

        BundleSet set = BundleSet.fromDirectory(tmp.resolve("b"));

        assertThat(set.entries()).extracting(BundleSet.Entry::name)
                .containsExactly("pejl-bundles/1/a.jar", "pejl-bundles/3/c.jar");
    }

    @Test
    void a_start_level_below_one_is_rejected() {
        assertThatThrownBy(() -> new BundleSet.Entry(0, "x.jar", InputStream::nullInputStream))
                .hasMessageContaining("x.jar");
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return manifest;
    }

    private static URLClassLoader loader(URL url) {
        // No parent: the test's own class path must not leak resources into the set.
        return new URLClassLoader(new URL[] {url}, null);
    }

}
