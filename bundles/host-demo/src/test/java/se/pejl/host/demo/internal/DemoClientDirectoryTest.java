package se.pejl.host.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Municipality;
import se.pejl.api.MunicipalityCode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoClientDirectoryTest {

  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");

  private final DemoClientDirectory directory =
      new DemoClientDirectory(DemoClients.generate(DemoClients.DEFAULT_SEED, DemoClientsTest.TODAY));

  @Test
  void finds_a_client_by_municipality_and_ref() {
    ClientSnapshot client = directory.find(TJORN, new ClientRef("T-1001")).orElseThrow();
    assertThat(client.ref().value()).isEqualTo("T-1001");
    assertThat(client.municipality()).isEqualTo(TJORN);
    assertThat(client.unit()).endsWith("Tjörn");
  }

  @Test
  void never_finds_a_client_of_another_municipality() {
    assertThat(directory.find(SKOVDE, new ClientRef("T-1001"))).isEmpty();
    assertThat(directory.find(TJORN, new ClientRef("S-1001"))).isEmpty();
    assertThat(directory.find(MunicipalityCode.of("1480"), new ClientRef("T-1001"))).isEmpty();
  }

  @Test
  void an_unknown_ref_is_not_found() {
    assertThat(directory.find(TJORN, new ClientRef("T-9999"))).isEmpty();
  }

  @Test
  void a_caseworker_gets_every_client_of_their_municipality_and_only_those() {
    assertThat(directory.clientsOf(TJORN, "caseworker.tjorn"))
        .hasSize(DemoMunicipality.TJORN.clientCount())
        .allSatisfy(c -> assertThat(c.municipality()).isEqualTo(TJORN));
    assertThat(directory.clientsOf(LIDKOPING, "caseworker.lidkoping")).hasSize(DemoMunicipality.LIDKOPING.clientCount());
  }

  @Test
  void a_caseworker_asked_about_another_municipality_gets_nobody() {
    assertThat(directory.clientsOf(SKOVDE, "caseworker.tjorn")).isEmpty();
    assertThat(directory.clientsOf(TJORN, "manager.tjorn")).isEmpty();
  }

  @Test
  void the_directory_built_by_the_framework_holds_todays_clients() {
    assertThat(new DemoClientDirectory().clientsOf(SKOVDE, "caseworker.skovde"))
        .hasSize(DemoMunicipality.SKOVDE.clientCount());
  }

  @Test
  void the_three_demo_municipalities_have_their_swedish_names_in_code_order() {
    assertThat(new DemoMunicipalities().all())
        .containsExactly(
            new Municipality(TJORN, "Tjörn"),
            new Municipality(LIDKOPING, "Lidköping"),
            new Municipality(SKOVDE, "Skövde"));
    assertThat(new DemoMunicipalities().find(SKOVDE)).map(Municipality::name).contains("Skövde");
  }
}
