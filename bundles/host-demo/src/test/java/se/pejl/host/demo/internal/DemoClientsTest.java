package se.pejl.host.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.pejl.api.Gender;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoClientsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final DemoClients clients = DemoClients.generate(DemoClients.DEFAULT_SEED, TODAY);

  @Test
  void there_are_more_than_300_clients_over_the_three_demo_municipalities() {
    assertThat(clients.all()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(clients.all())
        .extracting(DemoClient::municipality)
        .containsOnly(DemoMunicipality.TJORN.code(), DemoMunicipality.SKOVDE.code(), DemoMunicipality.LIDKOPING.code());
    DemoMunicipality.ALL.forEach(m -> assertThat(clients.of(m.code())).hasSize(m.clientCount()));
  }

  static Stream<LocalDate> days() {
    return Stream.of(
        LocalDate.of(2026, 1, 1), TODAY, LocalDate.of(2026, 12, 31),
        LocalDate.of(2028, 2, 29), LocalDate.of(2028, 12, 31), LocalDate.of(2029, 1, 1));
  }

  @ParameterizedTest
  @MethodSource("days")
  void every_client_is_7_to_20_years_old_on_any_day(LocalDate day) {
    assertThat(DemoClients.generate(DemoClients.DEFAULT_SEED, day).all())
        .allSatisfy(c -> assertThat(c.snapshot().ageOn(day)).isBetween(7, 20));
  }

  @Test
  void ages_spread_over_the_whole_range() {
    assertThat(clients.all()).extracting(c -> c.snapshot().ageOn(TODAY)).contains(7, 12, 19, 20);
  }

  @Test
  void every_municipality_has_girls_and_boys_and_a_few_others_exist() {
    for (DemoMunicipality m : DemoMunicipality.ALL) {
      assertThat(clients.of(m.code())).extracting(DemoClient::gender).contains(Gender.GIRL, Gender.BOY);
    }
    long others = clients.all().stream().filter(c -> c.gender() == Gender.OTHER).count();
    assertThat(others).isBetween(1L, 30L);
  }

  @Test
  void the_same_seed_and_year_give_the_same_clients() {
    assertThat(DemoClients.generate(DemoClients.DEFAULT_SEED, TODAY.withDayOfYear(5)).all())
        .isEqualTo(clients.all());
    assertThat(DemoClients.generate(42, TODAY).all()).isNotEqualTo(clients.all());
  }

  @Test
  void refs_look_like_host_record_ids_and_are_unique() {
    List<String> refs = clients.all().stream().map(c -> c.ref().value()).toList();
    assertThat(refs).doesNotHaveDuplicates().allMatch(r -> r.matches("[TSL]-1\\d{3}"));
    assertThat(clients.of(DemoMunicipality.TJORN.code()).get(0).ref().value()).isEqualTo("T-1001");
  }

  @Test
  void each_client_has_a_unit_and_the_caseworker_of_its_municipality() {
    for (DemoMunicipality m : DemoMunicipality.ALL) {
      assertThat(clients.of(m.code()))
          .allSatisfy(c -> assertThat(m.units()).contains(c.unit()))
          .allSatisfy(c -> assertThat(c.caseworker()).isEqualTo(m.caseworker()));
      assertThat(clients.of(m.code())).extracting(DemoClient::unit).containsAll(m.units());
    }
  }

  @Test
  void a_client_in_a_log_line_shows_its_ref_and_not_its_name() {
    DemoClient client = clients.all().get(0);
    assertThat(client.toString()).isEqualTo(client.ref().value()).doesNotContain(client.firstName());
  }
}
