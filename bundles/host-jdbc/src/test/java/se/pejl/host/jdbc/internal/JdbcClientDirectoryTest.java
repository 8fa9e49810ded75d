package se.pejl.host.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.pejl.host.jdbc.internal.TestConfigs.config;

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.derby.internal.EmbeddedDataSourceFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JdbcClientDirectoryTest {

  private static final MunicipalityCode GOTEBORG = MunicipalityCode.of("1480");
  private static final MunicipalityCode TJORN = MunicipalityCode.of("1407");

  private final DataSourceFactory derby = new EmbeddedDataSourceFactory();
  private String url;

  @BeforeEach
  void createHostDatabase() throws SQLException {
    url = TestDatabase.create();
  }

  private JdbcClientDirectory directory(Object... overrides) {
    return new JdbcClientDirectory(derby, config(url, overrides));
  }

  private static ClientRef ref(String value) {
    return new ClientRef(value);
  }

  @Test
  void finds_a_client_of_the_configured_municipality_through_the_view() {
    assertThat(directory().find(GOTEBORG, ref("G-1"))).contains(new ClientSnapshot(ref("G-1"),
        Gender.GIRL, LocalDate.of(2012, 12, 12), GOTEBORG, "Stodgruppen Hisingen"));
  }

  @Test
  void maps_the_hosts_gender_values_and_counts_any_other_value_as_other() {
    JdbcClientDirectory directory = directory();
    assertThat(directory.find(GOTEBORG, ref("G-2")).orElseThrow().gender()).isEqualTo(Gender.BOY);
    assertThat(directory.find(GOTEBORG, ref("G-3")).orElseThrow().gender()).isEqualTo(Gender.OTHER);
    assertThat(directory(  "genderValues", "F=BOY,X=GIRL").find(GOTEBORG, ref("G-3")).orElseThrow().gender())
        .isEqualTo(Gender.GIRL);
  }

  @Test
  void gives_no_unit_when_the_host_has_none() {
    assertThat(directory().find(GOTEBORG, ref("G-3")).orElseThrow().unit()).isNull();
  }

  @Test
  void returns_nothing_for_a_reference_the_host_does_not_have() {
    assertThat(directory().find(GOTEBORG, ref("G-999"))).isEmpty();
  }

  @Test
  void never_finds_a_client_of_another_municipality_in_the_same_view() {
    JdbcClientDirectory directory = directory();
    assertThat(directory.find(GOTEBORG, ref("T-1"))).isEmpty();
    assertThat(directory.find(TJORN, ref("T-1"))).isEmpty();
    assertThat(directory.clientsOf(TJORN, "cw.gbg")).isEmpty();
    assertThat(directory.clientPage(TJORN, ref("T-1"))).isEmpty();
  }

  @Test
  void lists_a_caseworkers_clients_of_the_municipality_in_reference_order() {
    assertThat(directory("query", "PEJL.HOST_CLIENTS",
        "column.ref", "KLIENT_ID", "column.gender", "KON", "column.birthDate", "FODD",
        "column.municipality", "KOMMUN", "column.unit", "ENHET", "column.caseworker", "HANDLAGGARE")
        .clientsOf(GOTEBORG, "cw.gbg"))
        .extracting(ClientSnapshot::ref).containsExactly(ref("G-1"), ref("G-2"));
  }

  @Test
  void gives_no_caseworker_list_when_the_view_has_no_caseworker_column() {
    assertThat(directory("column.caseworker", "").clientsOf(GOTEBORG, "cw.gbg")).isEmpty();
  }

  @Test
  void reads_through_a_configured_select_as_well_as_through_a_view() {
    JdbcClientDirectory directory = directory("query",
        "SELECT ID AS REF, KON AS GENDER, FODD AS BIRTH_DATE, KOMMUN AS MUNICIPALITY,"
            + " HANDLAGGARE AS CASEWORKER FROM KLIENT WHERE FODD IS NOT NULL",
        "column.unit", "");
    assertThat(directory.find(GOTEBORG, ref("G-1")).orElseThrow().birthDate()).isEqualTo("2012-12-12");
    assertThat(directory.find(GOTEBORG, ref("G-1")).orElseThrow().unit()).isNull();
  }

  @Test
  void takes_every_row_as_the_configured_municipality_when_no_municipality_column_is_mapped() {
    JdbcClientDirectory directory = directory("query",
        "SELECT ID AS REF, KON AS GENDER, FODD AS BIRTH_DATE, ENHET AS UNIT, HANDLAGGARE AS CASEWORKER"
            + " FROM KLIENT WHERE KOMMUN = '1480'",
        "column.municipality", "");
    assertThat(directory.find(GOTEBORG, ref("G-1")).orElseThrow().municipality()).isEqualTo(GOTEBORG);
    assertThat(directory.find(GOTEBORG, ref("T-1"))).isEmpty();
  }

  @Test
  void links_to_the_clients_page_in_the_host_with_the_reference_encoded() {
    JdbcClientDirectory directory = directory("clientPageUrl", "https://host.example/clients/{ref}?tab=pejl");
    assertThat(directory.clientPage(GOTEBORG, ref("G 1/å")))
        .contains(URI.create("https://host.example/clients/G%201%2F%C3%A5?tab=pejl"));
    assertThat(directory().clientPage(GOTEBORG, ref("G-1"))).isEmpty();
  }

  @Test
  void names_the_column_the_view_lacks() {
    ProcessingException error = catchThrowableOfType(ProcessingException.class,
        () -> directory("column.unit", "TEAM").find(GOTEBORG, ref("G-1")));
    assertThat(error.key()).isEqualTo("error.host.columns");
    assertThat(error.getMessage()).contains("Procapita test", "TEAM", "CLIENTS_FOR_PEJL");
  }

  @Test
  void says_the_query_was_refused_when_the_view_itself_is_missing() {
    ProcessingException error = catchThrowableOfType(ProcessingException.class,
        () -> directory("query", "NO_SUCH_VIEW").find(GOTEBORG, ref("G-1")));
    assertThat(error.key()).isEqualTo("error.host.query");
    assertThat(error.getMessage()).contains("NO_SUCH_VIEW");
  }

  @Test
  void names_the_client_and_column_when_the_birth_date_is_missing() {
    ProcessingException error = catchThrowableOfType(ProcessingException.class,
        () -> directory().find(GOTEBORG, ref("G-4")));
    assertThat(error.key()).isEqualTo("error.host.empty");
    assertThat(error.getMessage()).contains("G-4", "BIRTH_DATE");
    assertThat(error.message(PejlUser.SWEDISH)).contains("inget v\u00e4rde i kolumnen BIRTH_DATE");
  }

  @Test
  void names_the_client_and_column_but_not_the_value_when_the_birth_date_cannot_be_read() {
    ProcessingException error = catchThrowableOfType(ProcessingException.class,
        () -> directory("query", "SELECT ID AS REF, KON AS GENDER, FODD_TEXT AS BIRTH_DATE,"
            + " KOMMUN AS MUNICIPALITY, ENHET AS UNIT FROM KLIENT").find(GOTEBORG, ref("G-2")));
    assertThat(error.key()).isEqualTo("error.host.value");
    assertThat(error.getMessage()).contains("G-2", "BIRTH_DATE").doesNotContain("not a date");
  }

  @Test
  void reads_a_birth_date_given_as_text() {
    assertThat(directory("query", "SELECT ID AS REF, KON AS GENDER, FODD_TEXT AS BIRTH_DATE,"
        + " KOMMUN AS MUNICIPALITY, ENHET AS UNIT FROM KLIENT").find(GOTEBORG, ref("G-1")).orElseThrow()
        .birthDate()).isEqualTo("2012-12-12");
  }

  @Test
  void reports_the_host_unavailable_by_name_when_its_database_cannot_be_reached(@TempDir Path dir) {
    JdbcClientDirectory directory = new JdbcClientDirectory(derby,
        config("jdbc:derby:" + dir.resolve("gone") + ";create=false"));
    HostUnavailableException error = catchThrowableOfType(HostUnavailableException.class,
        () -> directory.find(GOTEBORG, ref("G-1")));
    assertThat(error.getMessage()).contains("Procapita test");
    assertThat(error.code()).isEqualTo("host_unavailable");
    assertThat(error.getCause()).isInstanceOf(SQLException.class);
    assertThat(catchThrowableOfType(HostUnavailableException.class,
        () -> directory.clientsOf(GOTEBORG, "cw.gbg"))).isNotNull();
  }

  @Test
  void reports_the_host_unavailable_when_a_query_runs_past_the_timeout() {
    JdbcClientDirectory directory = directory("query", "SLOW_CLIENTS", "timeoutSeconds", 1);
    Instant start = Instant.now();
    HostUnavailableException error = catchThrowableOfType(HostUnavailableException.class,
        () -> directory.clientsOf(GOTEBORG, "cw.gbg"));
    assertThat(error).isNotNull();
    assertThat(error.message(Locale.ENGLISH)).contains("Procapita test");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
  }
}
