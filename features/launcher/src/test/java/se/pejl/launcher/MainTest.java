package se.pejl.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class MainTest {

    @Test
    void pejl_osgi_felix_and_gosh_properties_pass_through_and_others_do_not() {
        Properties system = properties("pejl.data", "/srv/pejl", "org.osgi.framework.bootdelegation", "sun.*",
                "felix.log.level", "3", "gosh.args", "--quiet", "user.home", "/root");

        Map<String, String> props = Main.frameworkProperties(system);

        assertThat(props).containsEntry("pejl.data", "/srv/pejl")
                .containsEntry("org.osgi.framework.bootdelegation", "sun.*")
                .containsEntry("felix.log.level", "3")
                .containsEntry("gosh.args", "--quiet")
                .doesNotContainKey("user.home");
    }

    @Test
    void the_http_port_defaults_to_8080_and_can_be_set() {
        assertThat(Main.frameworkProperties(properties())).containsEntry("org.osgi.service.http.port", "8080");
        assertThat(Main.frameworkProperties(properties("org.osgi.service.http.port", "9090")))
                .containsEntry("org.osgi.service.http.port", "9090");
    }

    @Test
    void with_a_console_the_shell_does_not_stop_the_framework_when_stdin_closes() {
        assertThat(Main.frameworkProperties(properties())).containsEntry("gosh.args", "--noshutdown");
    }

    @Test
    void without_the_shell_gogo_never_reads_stdin() {
        assertThat(Main.frameworkProperties(properties("pejl.shell", "false")))
                .containsEntry("gosh.args", "--nointeractive");
    }

    private static Properties properties(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }
}
