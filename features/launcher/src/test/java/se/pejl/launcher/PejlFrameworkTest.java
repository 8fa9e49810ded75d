package se.pejl.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.launcher.TestBundles.bundle;
import static se.pejl.launcher.TestBundles.fragment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

@DisplayNameGeneration(ReplaceUnderscores.class)
class PejlFrameworkTest {

    @TempDir
    Path tmp;

    private PejlFramework running;

    @AfterEach
    void stop_the_framework() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void derbys_page_cache_grows_with_the_heap_within_bounds() {
        long mb = 1024 * 1024;
        assertThat(PejlFramework.derbyPageCache(64 * mb)).isEqualTo(1_000);
        assertThat(PejlFramework.derbyPageCache(1024 * mb)).isEqualTo(4_096);
        assertThat(PejlFramework.derbyPageCache(8192 * mb)).isEqualTo(20_000);
    }

    @Test
    void starts_the_bundles_of_the_set_and_they_are_active() throws Exception {
        bundle(tmp.resolve("bundles/1/a.jar"), "test.a", "1.0.0");

        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));

        Bundle a = installed("test.a").orElseThrow();
        assertThat(a.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(a.getLocation()).isEqualTo("pejl:pejl-bundles/1/a.jar");
    }

    @Test
    void a_second_start_on_the_same_data_dir_reuses_the_installed_bundle() throws Exception {
        bundle(tmp.resolve("bundles/1/a.jar"), "test.a", "1.0.0");
        BundleSet set = BundleSet.fromDirectory(tmp.resolve("bundles"));
        running = start(set);
        long firstId = installed("test.a").orElseThrow().getBundleId();
        running.close();

        running = start(set);

        assertThat(Arrays.stream(running.bundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("test.a"))).hasSize(1);
        Bundle again = installed("test.a").orElseThrow();
        assertThat(again.getBundleId()).isEqualTo(firstId);
        assertThat(again.getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void a_rebuilt_bundle_is_updated_in_place_on_restart() throws Exception {
        Path jar = bundle(tmp.resolve("bundles/1/a.jar"), "test.a", "1.0.0");
        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));
        long firstId = installed("test.a").orElseThrow().getBundleId();
        running.close();

        bundle(jar, "test.a", "1.0.1");
        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));

        Bundle updated = installed("test.a").orElseThrow();
        assertThat(updated.getBundleId()).isEqualTo(firstId);
        assertThat(updated.getVersion()).hasToString("1.0.1");
    }

    @Test
    void a_bundle_no_longer_in_the_set_is_uninstalled_on_restart() throws Exception {
        bundle(tmp.resolve("bundles/1/a.jar"), "test.a", "1.0.0");
        Path old = bundle(tmp.resolve("bundles/1/b-1.0.jar"), "test.b", "1.0.0");
        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));
        running.close();

        Files.delete(old);
        bundle(tmp.resolve("bundles/1/b-2.0.jar"), "test.b", "2.0.0");
        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));

        assertThat(Arrays.stream(running.bundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("test.b"))
                .map(b -> b.getVersion().toString())).containsExactly("2.0.0");
    }

    @Test
    void bundles_get_their_start_level_and_the_framework_reaches_the_highest() throws Exception {
        bundle(tmp.resolve("bundles/1/a.jar"), "test.a", "1.0.0");
        bundle(tmp.resolve("bundles/3/c.jar"), "test.c", "1.0.0");

        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));

        assertThat(running.framework().adapt(FrameworkStartLevel.class).getStartLevel()).isEqualTo(3);
        Bundle c = installed("test.c").orElseThrow();
        assertThat(c.adapt(BundleStartLevel.class).getStartLevel()).isEqualTo(3);
        assertThat(c.getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void a_fragment_is_installed_and_resolved_but_not_started() throws Exception {
        bundle(tmp.resolve("bundles/1/a.jar"), "test.a", "1.0.0");
        fragment(tmp.resolve("bundles/1/f.jar"), "test.f", "test.a");

        running = start(BundleSet.fromDirectory(tmp.resolve("bundles")));

        assertThat(installed("test.f").orElseThrow().getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(installed("test.a").orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void default_configs_are_copied_once_and_an_edited_file_in_etc_is_kept() throws Exception {
        Path defaults = Files.createDirectories(tmp.resolve("defaults"));
        Files.writeString(defaults.resolve("se.pejl.web.cfg"), "threshold = 5\n");
        running = start(BundleSet.empty(), DefaultConfigs.fromDirectory(defaults));
        Path edited = running.configDir().resolve("se.pejl.web.cfg");
        assertThat(edited).hasContent("threshold = 5");
        running.close();

        Files.writeString(edited, "threshold = 10\n");
        Files.writeString(defaults.resolve("se.pejl.store.cfg"), "db = derby\n");
        running = start(BundleSet.empty(), DefaultConfigs.fromDirectory(defaults));

        assertThat(edited).hasContent("threshold = 10");
        assertThat(running.configDir().resolve("se.pejl.store.cfg")).hasContent("db = derby");
    }

    @Test
    void fileinstall_is_pointed_at_etc_under_the_data_dir() throws Exception {
        running = start(BundleSet.empty());

        assertThat(running.bundleContext().getProperty("felix.fileinstall.dir"))
                .isEqualTo(tmp.resolve("data/etc").toAbsolutePath().toString());
    }

    @Test
    void bundles_are_told_the_data_dir_even_when_nobody_passed_it() throws Exception {
        running = start(BundleSet.empty());

        assertThat(running.bundleContext().getProperty(PejlFramework.DATA_PROPERTY))
                .isEqualTo(tmp.resolve("data").toAbsolutePath().toString());
    }

    @Test
    void an_embedded_framework_leaves_standard_input_alone_unless_asked() throws Exception {
        running = start(BundleSet.empty());
        assertThat(running.bundleContext().getProperty(PejlFramework.GOSH_ARGS)).isEqualTo("--nointeractive");
        running.stop();

        running = PejlFramework.start(tmp.resolve("console"), Map.of(PejlFramework.GOSH_ARGS, "--noshutdown"),
                BundleSet.empty(), DefaultConfigs.fromDirectory(Files.createDirectories(tmp.resolve("no-configs"))));
        assertThat(running.bundleContext().getProperty(PejlFramework.GOSH_ARGS)).isEqualTo("--noshutdown");
    }

    @Test
    void stop_waits_until_the_framework_has_stopped() throws Exception {
        running = start(BundleSet.empty());

        FrameworkEvent event = running.stop();

        assertThat(event.getType()).isEqualTo(FrameworkEvent.STOPPED);
        assertThat(running.framework().getState()).isEqualTo(Bundle.RESOLVED);
    }

    private PejlFramework start(BundleSet set) throws Exception {
        return start(set, DefaultConfigs.none());
    }

    private PejlFramework start(BundleSet set, DefaultConfigs configs) throws Exception {
        return PejlFramework.start(tmp.resolve("data"), Map.of(), set, configs);
    }

    private Optional<Bundle> installed(String symbolicName) {
        return Arrays.stream(running.bundleContext().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }
}
