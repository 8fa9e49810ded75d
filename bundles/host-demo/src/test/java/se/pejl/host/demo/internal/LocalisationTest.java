package se.pejl.host.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LocalisationTest {

  private static final String EN = "/OSGI-INF/l10n/bundle.properties";
  private static final String SV = "/OSGI-INF/l10n/bundle_sv.properties";

  @Test
  void swedish_and_english_metatype_texts_have_the_same_keys() throws IOException {
    assertThat(load(SV).keySet()).containsExactlyInAnyOrderElementsOf(load(EN).keySet());
  }

  @Test
  void metatype_files_hold_only_ascii_because_felix_reads_them_as_iso_8859_1() throws IOException {
    for (String file : new String[] {EN, SV}) {
      try (InputStream in = getClass().getResourceAsStream(file)) {
        String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(raw.chars().allMatch(c -> c < 128)).as(file).isTrue();
      }
    }
  }

  @Test
  void swedish_texts_keep_their_letters_once_read() throws IOException {
    assertThat(load(SV).getProperty("seeder.enabled.name")).isEqualTo("Påslagen");
  }

  private Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }
}
