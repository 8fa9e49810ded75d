package se.pejl.host.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The metatype form in the web console: texts in both languages, and what bnd generated. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LocalisationTest {

  private static final String EN = "/OSGI-INF/l10n/bundle.properties";
  private static final String SV = "/OSGI-INF/l10n/bundle_sv.properties";
  private static final String METATYPE = "/OSGI-INF/metatype/se.pejl.host.jdbc.xml";
  private static final String COMPONENT =
      "/OSGI-INF/se.pejl.host.jdbc.internal.JdbcClientDirectory.xml";

  @Test
  void swedish_and_english_metatype_texts_have_the_same_keys() throws IOException {
    assertThat(load(SV).keySet()).containsExactlyInAnyOrderElementsOf(load(EN).keySet());
  }

  @Test
  void metatype_files_hold_only_ascii_because_felix_reads_them_as_iso_8859_1() throws IOException {
    for (String file : new String[] {EN, SV}) {
      assertThat(read(file).chars().allMatch(c -> c < 128)).as(file).isTrue();
    }
  }

  @Test
  void swedish_texts_keep_their_letters_once_read() throws IOException {
    assertThat(load(SV).getProperty("column.gender.name")).isEqualTo("Kolumn: k\u00f6n");
  }

  @Test
  void every_label_of_the_generated_form_has_a_text() throws IOException {
    String xml = read(METATYPE);
    Properties en = load(EN);
    Matcher keys = Pattern.compile("\"%([^\"]+)\"").matcher(xml);
    int count = 0;
    while (keys.find()) {
      assertThat(en).containsKey(keys.group(1));
      count++;
    }
    assertThat(count).isGreaterThan(30);
  }

  @Test
  void the_form_is_a_factory_configuration_with_a_password_field() throws IOException {
    String xml = read(METATYPE);
    assertThat(xml).contains("factoryPid=\"se.pejl.host.jdbc\"")
        .containsPattern("id=\"\\.password\"[^>]*type=\"Password\"")
        .contains("id=\"pejl.host\"", "id=\"pejl.municipality\"", "id=\"dataSourceFactory.target\"");
  }

  @Test
  void the_component_needs_its_configuration_and_a_data_source_factory() throws IOException {
    assertThat(read(COMPONENT))
        .contains("configuration-policy=\"require\"", "configuration-pid=\"se.pejl.host.jdbc\"")
        .contains("name=\"dataSourceFactory\"", "interface=\"org.osgi.service.jdbc.DataSourceFactory\"")
        .contains("interface=\"se.pejl.api.host.ClientDirectory\"");
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = LocalisationTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LocalisationTest.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }
}
