package se.pejl.host.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.pejl.host.jdbc.internal.TestConfigs.config;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.service.jdbc.DataSourceFactory;
import se.pejl.api.Gender;
import se.pejl.derby.internal.EmbeddedDataSourceFactory;

/** Activation refuses a configuration it cannot run with, naming the property to fix. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConfigurationTest {

  private static final String URL = "jdbc:derby:memory:never-opened";

  private final DataSourceFactory derby = new EmbeddedDataSourceFactory();

  private String refused(Object... overrides) {
    InvalidConfigurationException error = catchThrowableOfType(InvalidConfigurationException.class,
        () -> new JdbcClientDirectory(derby, config(URL, overrides)));
    assertThat(error).as("activation must fail").isNotNull();
    assertThat(error.getMessage()).startsWith("property \"" + error.property() + "\"");
    return error.property();
  }

  @ParameterizedTest
  @ValueSource(strings = {"148", "14800", "Gbg", ""})
  void a_municipality_that_is_not_a_four_digit_code(String code) {
    assertThat(refused("pejl.municipality", code)).isEqualTo("pejl.municipality");
  }

  @Test
  void a_missing_host_name_or_url() {
    assertThat(refused("pejl.host", " ")).isEqualTo("pejl.host");
    assertThat(refused("url", "")).isEqualTo("url");
  }

  @Test
  void a_url_the_driver_does_not_accept_without_repeating_it() {
    InvalidConfigurationException error = catchThrowableOfType(InvalidConfigurationException.class,
        () -> new JdbcClientDirectory(derby, config("jdbc:postgresql://db/x?password=hemligt")));
    assertThat(error.property()).isEqualTo("url");
    assertThat(error.getMessage()).doesNotContain("hemligt");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CLIENTS; DROP TABLE KLIENT",
      "SELECT * FROM KLIENT; DELETE FROM KLIENT",
      "SELECT * FROM KLIENT -- all of it",
      "SELECT * FROM KLIENT /* all */",
      "SELECT * FROM KLIENT WHERE ID = ?",
      "DELETE FROM KLIENT",
      "UPDATE KLIENT SET NAMN = 'x'",
      "a.b.c",
      "\"Client view\"",
      ""})
  void a_query_that_is_neither_a_view_name_nor_a_single_select(String query) {
    assertThat(refused("query", query)).isEqualTo("query");
  }

  @Test
  void a_view_name_with_schema_or_a_select_is_accepted_as_it_is() {
    assertThat(HostSettings.source("pejl.CLIENTS_FOR_PEJL")).isEqualTo("pejl.CLIENTS_FOR_PEJL");
    assertThat(HostSettings.source(" select REF from KLIENT\n where 1 = 1 "))
        .isEqualTo("(select REF from KLIENT\n where 1 = 1) pejl_source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"column.ref", "column.gender", "column.birthDate", "column.unit",
      "column.municipality", "column.caseworker"})
  void a_column_name_that_could_change_the_statement(String property) {
    assertThat(refused(property, "REF = REF OR 1")).isEqualTo(property);
  }

  @ParameterizedTest
  @ValueSource(strings = {"column.ref", "column.gender", "column.birthDate"})
  void an_empty_column_that_pejl_needs(String property) {
    assertThat(refused(property, "")).isEqualTo(property);
  }

  @ParameterizedTest
  @ValueSource(strings = {"F=WOMAN", "F", "=GIRL", "F=GIRL;M=BOY"})
  void a_gender_mapping_to_anything_but_girl_boy_or_other(String mapping) {
    assertThat(refused("genderValues", mapping)).isEqualTo("genderValues");
  }

  @Test
  void gender_values_are_read_without_regard_to_case_or_spaces() {
    assertThat(HostSettings.genders(" f = girl , M=Boy,9=other"))
        .containsEntry("F", Gender.GIRL).containsEntry("M", Gender.BOY).containsEntry("9", Gender.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://host.example/clients", "ftp://host.example/{ref}", "not a url {ref}"})
  void a_client_page_without_ref_or_not_on_http(String pattern) {
    assertThat(refused("clientPageUrl", pattern)).isEqualTo("clientPageUrl");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 301})
  void a_timeout_outside_one_to_three_hundred_seconds(int seconds) {
    assertThat(refused("timeoutSeconds", seconds)).isEqualTo("timeoutSeconds");
  }

  @Test
  void settings_never_show_the_password_or_url() {
    HostSettings settings = HostSettings.from(config("jdbc:derby:memory:x;password=hemligt",
        "user", "pejl", ".password", "hemligt"));
    assertThat(settings.password()).isEqualTo("hemligt");
    assertThat(settings.toString()).doesNotContain("hemligt").contains("Procapita test", "1480");
  }
}
