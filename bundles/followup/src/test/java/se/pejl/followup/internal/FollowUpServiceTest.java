package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.followup.internal.Fakes.SKOVDE;
import static se.pejl.followup.internal.Fakes.TJORN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Access;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.ClientRef;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.OccasionStatus;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ScoredAnswers;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FollowUpServiceTest {
  static final Clock MAY_1 = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
  final PejlUser anna = user("caseworker.tjorn", TJORN, Role.CASEWORKER);
  final PejlUser bo = user("caseworker.skovde", SKOVDE, Role.CASEWORKER);
  final Fakes.Episodes episodes = new Fakes.Episodes();
  final Fakes.Responses responses = new Fakes.Responses(episodes);
  final Fakes.Audit audit = new Fakes.Audit();
  final Fakes.Host host = new Fakes.Host();
  final Hosts hosts = host.asHosts();
  final Instrument wellbeing = new Instrument("child-wellbeing", 1, "Mitt mående", "How I feel",
      List.of(new Item("q1", 0, 4, "Jag mår bra.", "I feel good.", false)), List.of());
  final InstrumentRegistry registry = new InstrumentRegistry() {
    public Optional<Instrument> find(String id) { return Optional.of(wellbeing).filter(i -> i.id().equals(id)); }
    public List<Instrument> all() { return List.of(wellbeing); }
  };
  final DefaultFollowUpService service = new DefaultFollowUpService(
      new Episodes(episodes, responses, new Plans(), MAY_1),
      new Answers(responses, responses, registry, (i, a) -> new ScoredAnswers(Map.of("q1", 1.0), Map.of("total", 1.0)), hosts, MAY_1),
      hosts, audit);

  @Test
  void every_read_of_a_clients_data_is_audited_with_who_and_where() {
    Episode e = service.startEpisode(anna, group("T-1"));
    service.episode(new Access(anna, "GET /pejl/api/episodes/1"), e.id());
    service.occasions(new Access(anna, "GET /pejl/api/episodes/1/occasions"), e.id());

    assertThat(audit.records).containsExactly(
        "caseworker.tjorn T-1 episode 1 GET /pejl/api/episodes/1",
        "caseworker.tjorn T-1 episode 1 GET /pejl/api/episodes/1/occasions");
  }

  @Test
  void another_municipality_neither_reads_changes_nor_answers_the_episode() {
    Episode e = service.startEpisode(anna, group("T-1"));
    Access skovde = new Access(bo, "test");
    assertThatThrownBy(() -> service.episode(skovde, e.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.update(bo, e.id(), new EpisodeChange(null, null, null, "x", null, null, null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.submit(bo, new AnswerSubmission(e.id(), "child-wellbeing", "start", null, Map.of("q1", 1))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.startEpisode(bo, group("T-1"))).isInstanceOf(NotFoundException.class);
    assertThat(audit.records).isEmpty();
    assertThat(responses.rows).isEmpty();
  }

  @Test
  void an_analyst_sees_no_individual_data() {
    PejlUser analyst = user("analyst.region", SKOVDE, Role.ANALYST);
    assertThatThrownBy(() -> service.occasions(new Access(analyst, "x"), new OccasionQuery(Set.of(), null, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void results_are_read_only_in_the_clients_municipality_by_client_work_roles_and_every_read_is_audited() {
    Episode e = service.startEpisode(anna, group("T-1"));
    PejlUser analyst = user("analyst.region", TJORN, Role.ANALYST);

    assertThat(service.results(new Access(anna, "GET /pejl/api/episodes/1/results"), e.id()).episodeId())
        .isEqualTo(e.id());
    assertThatThrownBy(() -> service.results(new Access(bo, "x"), e.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.results(new Access(analyst, "x"), e.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.records).containsExactly("caseworker.tjorn T-1 results 1 GET /pejl/api/episodes/1/results");
  }

  @Test
  void a_change_and_a_closing_are_kept_as_revisions() {
    Episode e = service.startEpisode(anna, group("T-1"));
    service.update(anna, e.id(), new EpisodeChange(null, null, null, null, null, "Tio träffar i grupp", null));
    Episode closed = service.close(anna, e.id(), new EpisodeClosing(LocalDate.of(2026, 4, 30), "Planerat avslut",
        "Barnet mår bättre", List.of(1)));

    assertThat(closed.goals()).singleElement().satisfies(g -> assertThat(g.attainment()).isEqualTo(1));
    assertThat(closed.revision()).isEqualTo(2);
    assertThat(service.revisions(new Access(anna, "x"), e.id())).hasSize(2)
        .last().satisfies(r -> assertThat(r.changes()).extracting(c -> c.field())
            .containsExactly("end", "goals", "result", "endReason"));
    assertThatThrownBy(() -> service.close(anna, e.id(), new EpisodeClosing(LocalDate.of(2026, 4, 30), "Igen", null, null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("already ended");
  }

  @Test
  void a_goal_rating_outside_minus_two_to_two_is_refused() {
    Episode e = service.startEpisode(anna, group("T-1"));
    assertThatThrownBy(() -> service.close(anna, e.id(), new EpisodeClosing(LocalDate.of(2026, 4, 30), "Avslut", null, List.of(3))))
        .hasFieldOrPropertyWithValue("field", "goalAttainments[0]");
  }

  @Test
  void the_caseworker_sees_what_is_due_and_done() {
    Episode e = service.startEpisode(anna, group("T-1"));
    var due = service.occasions(new Access(anna, "x"), new OccasionQuery(Set.of(OccasionStatus.DUE, OccasionStatus.OVERDUE), "caseworker.tjorn", null));
    assertThat(due).extracting(o -> o.key()).containsExactly("start");

    service.submit(anna, new AnswerSubmission(e.id(), "child-wellbeing", "start", null, Map.of("q1", 1)));

    assertThat(service.occasions(new Access(anna, "x"), e.id())).first()
        .satisfies(o -> assertThat(o.status()).isEqualTo(OccasionStatus.DONE));
    assertThatThrownBy(() -> service.submit(anna, new AnswerSubmission(e.id(), "child-wellbeing", "whenever", null, Map.of("q1", 1))))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "occasion");
  }

  @Test
  void a_list_of_the_occasions_due_in_a_period_reads_and_audits_only_their_clients() {
    service.startEpisode(anna, group("T-1")); // starts 20 April, ends 30 June
    service.startEpisode(anna, new NewEpisode(new ClientRef("T-2"), Episode.SUPPORT_GROUP, "Stödgruppen Tjörn",
        "grupp-0", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 27), "Stöd", List.of("Må bättre"), null));

    var april = service.occasions(new Access(anna, "report coverage"), new OccasionQuery(Set.of(), null,
        "Stödgruppen Tjörn", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));

    assertThat(april).isNotEmpty().allSatisfy(o -> assertThat(o.dueDate()).isBetween("2026-04-01", "2026-04-30"))
        .extracting(o -> o.client().value()).containsOnly("T-1");
    assertThat(audit.records).containsExactly("caseworker.tjorn T-1 occasions report coverage");
    assertThatThrownBy(() -> new OccasionQuery(Set.of(), null, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "period");
  }

  @Test
  void the_answers_are_read_only_for_episodes_with_an_occasion_due_in_the_period() {
    Episode april = service.startEpisode(anna, group("T-1")); // starts 20 April
    Episode winter = service.startEpisode(anna, new NewEpisode(new ClientRef("T-2"), Episode.SUPPORT_GROUP,
        "Stödgruppen Tjörn", "grupp-0", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 27), "Stöd",
        List.of("Må bättre"), null));
    service.startEpisode(anna, new NewEpisode(new ClientRef("T-3"), Episode.SUPPORT_GROUP, "Stödgruppen Tjörn",
        "grupp-2", LocalDate.of(2026, 4, 29), null, "Stöd", List.of("Må bättre"), null)); // after the period
    service.submit(anna, new AnswerSubmission(april.id(), "child-wellbeing", "start", null, Map.of("q1", 1)));
    service.submit(anna, new AnswerSubmission(winter.id(), "child-wellbeing", "start", null, Map.of("q1", 1)));

    var listed = service.occasions(new Access(anna, "report coverage"), new OccasionQuery(Set.of(), null,
        "Stödgruppen Tjörn", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 28)));

    assertThat(listed).extracting(o -> o.client().value() + " " + o.key() + " " + o.status())
        .containsExactly("T-1 start DONE");
    assertThat(responses.answeredAsked).containsExactly(Set.of(april.id()));
    assertThat(episodes.outlinesAsked).extracting(EpisodeQuery::startedBy).containsExactly(LocalDate.of(2026, 4, 28));
  }

  @Test
  void when_most_episodes_have_an_occasion_in_the_period_their_answers_are_read_with_them() {
    Episode april = service.startEpisode(anna, group("T-1")); // starts 20 April
    service.startEpisode(anna, new NewEpisode(new ClientRef("T-2"), Episode.SUPPORT_GROUP,
        "Stödgruppen Tjörn", "grupp-2", LocalDate.of(2026, 4, 22), null, "Stöd", List.of("Må bättre"), null));
    service.submit(anna, new AnswerSubmission(april.id(), "child-wellbeing", "start", null, Map.of("q1", 1)));

    var listed = service.occasions(new Access(anna, "report coverage"), new OccasionQuery(Set.of(), null,
        "Stödgruppen Tjörn", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 28)));

    assertThat(listed).extracting(o -> o.client().value() + " " + o.key() + " done: " + (o.status() == OccasionStatus.DONE))
        .containsExactlyInAnyOrder("T-1 start done: true", "T-2 start done: false");
    assertThat(responses.answeredAsked).isEmpty();
    // A caseworker's at a time, as a report takes them.
    assertThat(responses.answeredWhereAsked).containsExactly(
        new EpisodeQuery(null, anna.id(), "Stödgruppen Tjörn", false, LocalDate.of(2026, 4, 28)));
  }

  @Test
  void an_episode_started_long_before_the_period_lists_its_occasions_due_in_it() {
    service.startEpisode(anna, new NewEpisode(new ClientRef("T-2"), Episode.SUPPORT_GROUP, "Stödgruppen Tjörn",
        "grupp-0", LocalDate.of(2025, 1, 13), LocalDate.of(2025, 3, 28), "Stöd", List.of("Må bättre"), null));

    var september = service.occasions(new Access(anna, "report coverage"), new OccasionQuery(Set.of(), null,
        "Stödgruppen Tjörn", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)));

    assertThat(september).extracting(o -> o.client().value() + " " + o.key() + " " + o.dueDate())
        .containsExactly("T-2 followup-6m 2025-09-28");
  }

  @Test
  void an_answer_given_while_the_host_is_down_is_stored_without_snapshot() {
    Episode e = service.startEpisode(anna, group("T-1"));
    host.down = true;

    service.submit(anna, new AnswerSubmission(e.id(), "child-wellbeing", "start", null, Map.of("q1", 1)));

    assertThat(responses.rows).singleElement().satisfies(r -> assertThat(r.demographics()).isNull());
    assertThatThrownBy(() -> service.startEpisode(anna, group("T-1")))
        .isInstanceOf(HostUnavailableException.class).hasMessageContaining("Demovärden");
  }

  private static NewEpisode group(String client) {
    return new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP, "Stödgruppen Tjörn", "grupp-1",
        LocalDate.of(2026, 4, 20), LocalDate.of(2026, 6, 30), "Stöd till barn som anhöriga", List.of("Må bättre"), null);
  }

  private static PejlUser user(String id, se.pejl.api.MunicipalityCode m, Role role) {
    return new PejlUser(id, id, Set.of(role), m, Set.of(), null);
  }
}
