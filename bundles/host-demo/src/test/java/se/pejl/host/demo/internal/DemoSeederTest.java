package se.pejl.host.demo.internal;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.Occasion;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoSeederTest {

  private static final LocalDate TODAY = DemoClientsTest.TODAY;
  private static final long SEED = 20240901L;

  private final DemoClientDirectory directory = new DemoClientDirectory(DemoClients.generate(DemoClients.DEFAULT_SEED, TODAY));
  private final FakeFollowUpService followUp = new FakeFollowUpService();

  private Seeding.Outcome seedEmptyStore() {
    return new Seeding(followUp, FakeFollowUpService.storeWith(Map.of()), directory, SEED, TODAY).run(() -> false);
  }

  @Test
  void seeds_every_demo_municipality_as_its_own_caseworker() {
    Seeding.Outcome outcome = seedEmptyStore();

    assertThat(outcome.status()).isEqualTo(Seeding.Status.DONE);
    assertThat(outcome.episodes()).isEqualTo(followUp.started.size()).isEqualTo(99);
    assertThat(outcome.answers()).isEqualTo(followUp.submitted.size()).isEqualTo(99 + 84);
    assertThat(followUp.started)
        .allSatisfy(s -> assertThat(s.user().municipality()).isEqualTo(s.episode().municipality()))
        .allSatisfy(s -> assertThat(s.user().id()).isEqualTo(DemoMunicipality.of(s.user().municipality()).caseworker()));
    Map<MunicipalityCode, Long> perMunicipality =
        followUp.started.stream().collect(groupingBy(s -> s.episode().municipality(), counting()));
    assertThat(perMunicipality)
        .containsOnly(
            Map.entry(MunicipalityCode.of("1407"), 32L),
            Map.entry(MunicipalityCode.of("1494"), 20L),
            Map.entry(MunicipalityCode.of("1496"), 47L));
  }

  @Test
  void episodes_are_support_groups_in_the_clients_own_unit_with_swedish_purpose_and_goals() {
    seedEmptyStore();
    assertThat(followUp.started).extracting(FakeFollowUpService.Started::episode).allSatisfy(e -> {
      ClientSnapshot client = directory.find(e.municipality(), e.client()).orElseThrow();
      assertThat(e.type()).isEqualTo(Episode.SUPPORT_GROUP);
      assertThat(e.unit()).isEqualTo(client.unit()).startsWith("Stödgruppen");
      assertThat(e.purpose()).contains("barnet");
      assertThat(e.goals()).hasSize(2).allMatch(g -> g.text().startsWith("Barnet"));
      assertThat(e.groupId()).startsWith(e.unit() + " ");
      assertThat(e.plannedEnd()).isEqualTo(e.start().plusWeeks(SeedPlan.GROUP_WEEKS));
      assertThat(client.ageOn(e.start())).isBetween(7, 20);
    });
  }

  @Test
  void answers_are_whole_numbers_0_to_4_for_q1_to_q5_given_in_the_past_year() {
    seedEmptyStore();
    assertThat(followUp.submitted).extracting(FakeFollowUpService.Submitted::submission).allSatisfy(s -> {
      assertThat(s.instrumentId()).isEqualTo("child-wellbeing");
      assertThat(s.answers()).containsOnlyKeys("q1", "q2", "q3", "q4", "q5");
      assertThat(s.answers().values()).allSatisfy(v -> assertThat(v).isInstanceOf(Integer.class));
      assertThat(s.answers().values()).allSatisfy(v -> assertThat((Integer) v).isBetween(0, 4));
      assertThat(s.answeredOn()).isBetween(TODAY.minusYears(1), TODAY.minusDays(1));
      assertThat(s.answeredOn()).isAfterOrEqualTo(followUp.episodeOf(s).start());
    });
  }

  @Test
  void every_child_answers_at_start_and_most_also_at_the_end() {
    seedEmptyStore();
    Map<String, Long> byOccasion = followUp.submitted.stream()
        .collect(groupingBy(s -> s.submission().occasion(), counting()));
    assertThat(byOccasion).containsOnly(Map.entry(Occasion.START, 99L), Map.entry(Occasion.END, 84L));
    assertThat(followUp.closed).as("every group answered at its end is closed").hasSize(84);
  }

  @Test
  void lidkoping_girls_are_the_one_cell_with_fewer_than_5_children_answering_at_start_and_end() {
    seedEmptyStore();
    assertThat(cells(followUp))
        .containsOnly(
            Map.entry("1407 GIRL", 14L), Map.entry("1407 BOY", 12L),
            Map.entry("1494 GIRL", 3L), Map.entry("1494 BOY", 13L),
            Map.entry("1496 GIRL", 19L), Map.entry("1496 BOY", 21L));
  }

  @Test
  void most_children_improve_from_start_to_end_but_not_all() {
    seedEmptyStore();
    Map<Long, Map<String, AnswerSubmission>> byEpisode = answersByEpisode();
    List<Boolean> improved = byEpisode.values().stream()
        .filter(answers -> answers.containsKey(Occasion.END))
        .map(a -> SeedPlan.sum(a.get(Occasion.END).answers()) > SeedPlan.sum(a.get(Occasion.START).answers()))
        .toList();
    long improvedCount = improved.stream().filter(b -> b).count();
    assertThat(improved).hasSize(84);
    // Every fourth finished group per municipality does not improve: 6 + 4 + 10 of 84.
    assertThat(improvedCount).isEqualTo(64);
  }

  @Test
  void the_same_seed_and_day_give_the_same_calls() {
    seedEmptyStore();
    var again = new FakeFollowUpService();
    new Seeding(again, FakeFollowUpService.storeWith(Map.of()), directory, SEED, TODAY).run(() -> false);
    assertThat(again.submitted).isEqualTo(followUp.submitted);
    assertThat(again.started).isEqualTo(followUp.started);
  }

  @Test
  void skips_when_any_demo_municipality_already_has_episodes() {
    var store = FakeFollowUpService.storeWith(Map.of(MunicipalityCode.of("1494"), 1L));
    Seeding.Outcome outcome = new Seeding(followUp, store, directory, SEED, TODAY).run(() -> false);
    assertThat(outcome.status()).isEqualTo(Seeding.Status.SKIPPED);
    assertThat(followUp.calls()).isZero();
  }

  @Test
  void stops_at_the_first_failure_of_the_follow_up_service_and_reports_it() {
    followUp.failingAtCall(5);
    Seeding.Outcome outcome = seedEmptyStore();
    assertThat(outcome.status()).isEqualTo(Seeding.Status.FAILED);
    assertThat(outcome.failure()).isNotNull();
    assertThat(followUp.calls()).isEqualTo(6);
    assertThat(outcome.episodes() + outcome.answers()).isEqualTo(5);
  }

  @Test
  void stops_between_calls_when_asked_to() {
    Seeding.Outcome outcome = new Seeding(followUp, FakeFollowUpService.storeWith(Map.of()), directory, SEED, TODAY)
        .run(() -> followUp.started.size() >= 3);
    assertThat(outcome.status()).isEqualTo(Seeding.Status.STOPPED);
    assertThat(outcome.episodes()).isEqualTo(3);
  }

  @Test
  void the_component_seeds_in_the_background_and_deactivates_cleanly() {
    var seeder = new DemoSeeder(followUp, FakeFollowUpService.storeWith(Map.of()), directory, java.util.function.UnaryOperator.identity(),
        FakeFollowUpService.config(true, SEED), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    assertThat(seeder.awaitDone(Duration.ofSeconds(30))).isTrue();
    seeder.deactivate();
    assertThat(followUp.started).hasSize(99);
  }

  @Test
  void a_disabled_seeder_does_nothing() {
    var seeder = new DemoSeeder(followUp, FakeFollowUpService.storeWith(Map.of()), directory, java.util.function.UnaryOperator.identity(),
        FakeFollowUpService.config(false, SEED), Clock.systemUTC());
    assertThat(seeder.awaitDone(Duration.ofSeconds(1))).isTrue();
    seeder.deactivate();
    assertThat(followUp.calls()).isZero();
  }

  @Test
  void other_seeds_still_give_one_small_cell_and_no_other() {
    for (long seed : new long[] {1, 2, 3, 1407}) {
      var other = new FakeFollowUpService();
      new Seeding(other, FakeFollowUpService.storeWith(Map.of()), directory, seed, TODAY).run(() -> false);
      Set<String> small = smallCells(other);
      assertThat(small).as("seed %d", seed).containsExactly("1494 GIRL");
    }
  }

  private List<ClientSnapshot> childrenWithStartAndEnd(FakeFollowUpService service) {
    Set<Long> withEnd = service.submitted.stream().map(FakeFollowUpService.Submitted::submission)
        .filter(s -> s.occasion().equals(Occasion.END)).map(AnswerSubmission::episodeId).collect(Collectors.toSet());
    return service.started.stream().map(FakeFollowUpService.Started::episode)
        .filter(e -> withEnd.contains(e.id()))
        .map(e -> directory.find(e.municipality(), e.client()).orElseThrow())
        .toList();
  }

  /** Children with both answers per "municipality gender"; OTHER is never its own cell. */
  private Map<String, Long> cells(FakeFollowUpService service) {
    return childrenWithStartAndEnd(service).stream()
        .filter(c -> c.gender() != Gender.OTHER)
        .collect(groupingBy(c -> c.municipality() + " " + c.gender(), counting()));
  }

  private Set<String> smallCells(FakeFollowUpService service) {
    return cells(service).entrySet().stream().filter(e -> e.getValue() < 5).map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  private Map<Long, Map<String, AnswerSubmission>> answersByEpisode() {
    return followUp.submitted.stream().map(FakeFollowUpService.Submitted::submission)
        .collect(groupingBy(AnswerSubmission::episodeId,
            Collectors.toMap(AnswerSubmission::occasion, s -> s)));
  }
}
