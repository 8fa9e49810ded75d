package se.pejl.followup.internal;

import static se.pejl.followup.internal.Fakes.TJORN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.pejl.api.ClientRef;
import se.pejl.api.FieldError;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.forms.AnswerScoring;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ScoredAnswers;

/** The parts behind drafts, revisions and survey links, wired with the fakes, at a fixed time. */
final class Answering {
  static final Clock MAY_1 = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

  final Fakes.Episodes episodeRows = new Fakes.Episodes();
  final Fakes.Responses responses = new Fakes.Responses(episodeRows);
  final Fakes.Drafts draftRows = new Fakes.Drafts();
  final Fakes.Links linkRows = new Fakes.Links(responses);
  final Fakes.Audit audit = new Fakes.Audit();
  final Fakes.Host host = new Fakes.Host();
  final Hosts hosts = host.asHosts();

  /** Two items 0–4, both required; the second is reversed. */
  Instrument wellbeing = new Instrument("child-wellbeing", 1, "Mitt mående", "How I feel",
      List.of(new Item("q1", 0, 4, "Jag mår bra.", "I feel good.", false),
          new Item("q2", 0, 4, "Jag oroar mig.", "I worry.", true)), List.of());

  final InstrumentRegistry registry = new InstrumentRegistry() {
    public Optional<Instrument> find(String id) {
      return Optional.of(wellbeing).filter(i -> i.id().equals(id));
    }
    public List<Instrument> all() {
      return List.of(wellbeing);
    }
  };

  final Episodes episodes = new Episodes(episodeRows, responses, new Plans(), MAY_1);
  final Answers answers = new Answers(responses, responses, registry, Answering::score, hosts, MAY_1);

  Answering() {
    responses.drafts = draftRows;
  }

  Drafts drafts() {
    return new Drafts(episodes, draftRows, answers, audit, MAY_1);
  }

  Revisions revisions() {
    return new Revisions(responses, episodes, registry, Answering::score, audit, MAY_1);
  }

  SurveyLinks links() {
    return new SurveyLinks(linkRows, episodes, registry, audit, MAY_1, new SurveyTokens());
  }

  SurveyAnswers surveyAnswers(Clock clock) {
    return new SurveyAnswers(linkRows, episodes, answers, clock);
  }

  Episode groupEpisode(String client) {
    return episodeRows.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP,
        "Stödgruppen Tjörn", "grupp-1", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 6, 30), "Stöd",
        List.of("Må bättre"), null));
  }

  static PejlUser user(String id, MunicipalityCode m, Role role) {
    return new PejlUser(id, id, Set.of(role), m, Set.of(), null);
  }

  /**
   * Checks like the forms bundle does — every wrong item named, each required item answered with
   * a whole number in range — and sums the (reversed) items into "total".
   */
  static ScoredAnswers score(Instrument instrument, Map<String, Object> given) {
    List<FieldError> errors = new ArrayList<>();
    given.keySet().stream().filter(k -> instrument.item(k).isEmpty()).sorted()
        .forEach(k -> errors.add(FieldError.of("answers." + k, "error.answer.unknownItem", k)));
    Map<String, Double> values = new HashMap<>();
    double total = 0;
    for (Item item : instrument.items()) {
      Object v = given.get(item.id());
      if (v == null) {
        errors.add(FieldError.of("answers." + item.id(), "error.answer.missing", item.id()));
      } else if (!(v instanceof Integer n) || n < item.min() || n > item.max()) {
        errors.add(FieldError.of("answers." + item.id(), "error.answer.outOfRange", item.id(), item.min(), item.max(), v));
      } else {
        values.put(item.id(), n.doubleValue());
        total += item.scored(n);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ScoredAnswers(values, Map.of("total", total), Map.copyOf(given));
  }
}
