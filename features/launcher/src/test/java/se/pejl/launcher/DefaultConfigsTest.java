package se.pejl.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(ReplaceUnderscores.class)
class DefaultConfigsTest {

    @TempDir
    Path defaults;

    @TempDir
    Path etc;

    @Test
    void a_default_is_copied_once_and_never_over_what_it_already_configured() throws Exception {
        Files.writeString(defaults.resolve("se.pejl.a.cfg"), "threshold = 5\n");
        Files.writeString(defaults.resolve("se.pejl.b.config"), "threshold=I\"5\"\n");
        Files.writeString(etc.resolve("se.pejl.a.cfg"), "threshold = 7\n");

        assertThat(DefaultConfigs.fromDirectory(defaults).copyMissingInto(etc)).containsExactly("se.pejl.b.config");
        assertThat(Files.readString(etc.resolve("se.pejl.a.cfg"))).isEqualTo("threshold = 7\n");
    }

    @Test
    void a_default_that_moved_from_cfg_to_config_leaves_the_installed_cfg_alone() throws Exception {
        Files.writeString(defaults.resolve("se.pejl.indicators.config"), "threshold=I\"5\"\n");
        Files.writeString(etc.resolve("se.pejl.indicators.cfg"), "threshold = 8\n");

        assertThat(DefaultConfigs.fromDirectory(defaults).copyMissingInto(etc)).isEmpty();
        assertThat(etc.resolve("se.pejl.indicators.config")).doesNotExist();
    }
}
