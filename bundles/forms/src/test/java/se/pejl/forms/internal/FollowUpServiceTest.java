package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Response;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.host.ClientDirectory;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.ResponseRepository;
import se.pejl.api.store.ScoreObservation;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FollowUpServiceTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  final PejlUser caseworker = new PejlUser("caseworker.tjorn", "Anna", Set.of(Role.CASEWORKER), TJORN, Set.of(), null);
  final PejlUser skovde = new PejlUser("caseworker.skovde", "Bo", Set.of(Role.CASEWORKER), SKOVDE, Set.of(), null);
  final FakeEpisodes episodes = new FakeEpisodes();
  final List<NewResponse> stored = new ArrayList<>();
  final Instrument wellbeing = InstrumentsTest.childWellbeing();
  final DefaultFollowUpService service = new DefaultFollowUpService(episodes, new ResponseRepository() {
        public Response insert(MunicipalityCode m, NewResponse r) {
          stored.add(r);
          return new Response(stored.size(), r.episodeId(), r.instrumentId(), r.instrumentVersion(), r.occasion(), r.answeredOn(), r.scores());
        }
        public List<Response> ofEpisode(MunicipalityCode m, long e) { return List.of(); }
        public List<ScoreObservation> scores(String i, String s) { return List.of(); }
      }, registry(wellbeing), clients(), Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void an_answer_is_stored_with_its_score_and_the_childs_age_on_that_day() {
    Episode e = service.startEpisode(caseworker, aSupportGroup("T-1"));
    Response r = service.submit(caseworker, new AnswerSubmission(e.id(), "child-wellbeing", "start",
        LocalDate.of(2026, 3, 1), Map.of("q1", 4, "q2", 4, "q3", 0, "q4", 4, "q5", 0)));

    assertThat(r.scores()).containsEntry("total", 20.0);
    assertThat(stored).singleElement().satisfies(s -> {
      assertThat(s.demographics().gender()).isEqualTo(Gender.GIRL);
      assertThat(s.demographics().age()).isEqualTo(11); // born 2014-06-01
      assertThat(s.demographics().municipality()).isEqualTo(TJORN);
    });
  }

  @Test
  void a_bad_answer_stores_nothing() {
    Episode e = service.startEpisode(caseworker, aSupportGroup("T-1"));
    assertThatThrownBy(() -> service.submit(caseworker, new AnswerSubmission(e.id(), "child-wellbeing",
        "start", null, Map.of("q1", 7, "q2", 4, "q3", 0, "q4", 4, "q5", 0))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.submit(caseworker, new AnswerSubmission(e.id(), "no-such-form",
        "start", null, Map.of("q1", 1))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            x -> assertThat(x.message(Locale.ENGLISH)).isEqualTo("There is no instrument \"no-such-form\"."));
    assertThatThrownBy(() -> service.submit(caseworker, new AnswerSubmission(e.id(), "child-wellbeing",
        "sometime", null, Map.of())))
        .hasFieldOrPropertyWithValue("field", "occasion");
    assertThat(stored).isEmpty();
  }

  @Test
  void another_municipalitys_episode_is_not_found_and_gets_no_answer() {
    Episode e = service.startEpisode(caseworker, aSupportGroup("T-1"));
    assertThatThrownBy(() -> service.episode(skovde, e.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.submit(skovde, new AnswerSubmission(e.id(), "child-wellbeing",
        "start", null, Map.of("q1", 1)))).isInstanceOf(NotFoundException.class);
    assertThat(stored).isEmpty();
  }

  @Test
  void an_episode_needs_a_known_client_type_purpose_and_goals() {
    assertThatThrownBy(() -> service.startEpisode(caseworker, aSupportGroup("S-9")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.startEpisode(caseworker, new NewEpisode(new ClientRef("T-1"),
        "circus", "Enhet", LocalDate.now(), "Syfte", List.of("Mål")))).hasFieldOrPropertyWithValue("field", "type");
    assertThatThrownBy(() -> service.startEpisode(caseworker, new NewEpisode(new ClientRef("T-1"),
        Episode.SUPPORT_GROUP, "Enhet", LocalDate.now(), "Syfte", List.of()))).hasFieldOrPropertyWithValue("field", "goals");
    assertThat(episodes.stored).isEmpty();
  }

  @Test
  void an_analyst_cannot_record_answers() {
    PejlUser analyst = new PejlUser("analyst.region", "C", Set.of(Role.ANALYST), TJORN, Set.of(), null);
    assertThatThrownBy(() -> service.startEpisode(analyst, aSupportGroup("T-1")))
        .isInstanceOf(AccessDeniedException.class);
  }

  static NewEpisode aSupportGroup(String client) {
    return new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP, "Stödgruppen Tjörn",
        LocalDate.of(2026, 2, 1), "Stöd", List.of("Att må bättre"));
  }

  static InstrumentRegistry registry(Instrument i) {
    return new InstrumentRegistry() {
      public Optional<Instrument> find(String id) { return i.id().equals(id) ? Optional.of(i) : Optional.empty(); }
      public List<Instrument> all() { return List.of(i); }
    };
  }

  static ClientDirectory clients() {
    ClientSnapshot girl = new ClientSnapshot(new ClientRef("T-1"), Gender.GIRL, LocalDate.of(2014, 6, 1), TJORN, "Stödgruppen Tjörn");
    return new ClientDirectory() {
      public Optional<ClientSnapshot> find(MunicipalityCode m, ClientRef ref) {
        return m.equals(girl.municipality()) && ref.equals(girl.ref()) ? Optional.of(girl) : Optional.empty();
      }
      public List<ClientSnapshot> clientsOf(MunicipalityCode m, String caseworker) { return List.of(); }
    };
  }

  static final class FakeEpisodes implements EpisodeRepository {
    final List<Episode> stored = new ArrayList<>();
    public Episode insert(MunicipalityCode m, String cw, NewEpisode e) {
      Episode ep = new Episode(stored.size() + 1, e.client(), m, e.type(), e.unit(), cw, e.start(), null, e.purpose(), e.goals());
      stored.add(ep);
      return ep;
    }
    public Optional<Episode> find(MunicipalityCode m, long id) {
      return stored.stream().filter(e -> e.id() == id && e.municipality().equals(m)).findFirst();
    }
    public long count(MunicipalityCode m) { return stored.stream().filter(e -> e.municipality().equals(m)).count(); }
  }
}
