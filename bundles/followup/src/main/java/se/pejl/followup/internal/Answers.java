package se.pejl.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.Response;
import se.pejl.api.forms.AnswerScoring;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.ScoredAnswers;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.store.AnswerRepository;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.store.ResponseRepository;

/**
 * Records answers. Everything is checked before anything is stored, so a wrong answer changes
 * nothing; an answer given while the host is down is stored and gets its snapshot later.
 */
@Component(service = Answers.class)
public final class Answers {
  private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

  private final ResponseRepository responses;
  private final AnswerRepository answers;
  private final InstrumentRegistry instruments;
  private final AnswerScoring scoring;
  private final Hosts hosts;
  private final Clock clock;
  /** Optional: without the indicators, a scale without its own norm shows no reliable change. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile IndicatorEngine indicators;

  @Activate
  public Answers(@Reference ResponseRepository responses, @Reference AnswerRepository answers,
      @Reference InstrumentRegistry instruments, @Reference AnswerScoring scoring, @Reference Hosts hosts) {
    this(responses, answers, instruments, scoring, hosts, Clock.systemDefaultZone());
  }

  Answers(ResponseRepository responses, AnswerRepository answers, InstrumentRegistry instruments,
      AnswerScoring scoring, Hosts hosts, Clock clock) {
    this.responses = responses;
    this.answers = answers;
    this.instruments = instruments;
    this.scoring = scoring;
    this.hosts = hosts;
    this.clock = clock;
  }

  Response submit(PejlUser user, Episode episode, AnswerSubmission s) {
    return submit(user, episode, s, null);
  }

  /** Stores the answer as the user's; when it came from a draft, the draft goes in the same step. */
  Response submit(PejlUser user, Episode episode, AnswerSubmission s, Long fromDraft) {
    Instrument instrument = instrument(s.instrumentId());
    return answers.insert(user.municipality(), personal(episode, instrument, s.occasion(), s.answeredOn(),
        s.answers(), user.id()), fromDraft);
  }

  /** The newest version of an instrument that can be answered now. */
  Instrument instrument(String instrumentId) {
    return instruments.find(instrumentId).orElseThrow(() ->
        new InvalidInputException("instrumentId", "error.instrument.unknown", instrumentId));
  }

  /**
   * A checked, scored answer for a client's episode, with its snapshot (null while the host is
   * down).
   *
   * @param by a user id, or {@code survey-link <id>}
   */
  NewAnswer personal(Episode episode, Instrument instrument, String occasion, LocalDate answeredOn,
      java.util.Map<String, Object> given, String by) {
    ScoredAnswers scored = scoring.score(instrument, given);
    LocalDate day = answerDay(episode, answeredOn);
    return new NewAnswer(episode.id(), null, episode.unit(), instrument.id(), instrument.version(), occasion,
        day, scored.answers(), scored.itemValues(), scored.scores(), snapshot(episode, day), by);
  }

  /** A checked, scored anonymous answer for a support group: no client, so no snapshot. */
  NewAnswer anonymous(String groupId, String unit, String occasion, Instrument instrument,
      java.util.Map<String, Object> given, String by) {
    ScoredAnswers scored = scoring.score(instrument, given);
    return new NewAnswer(null, groupId, unit, instrument.id(), instrument.version(), occasion,
        LocalDate.now(clock), scored.answers(), scored.itemValues(), scored.scores(), null, by);
  }

  private LocalDate answerDay(Episode episode, LocalDate answeredOn) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = answeredOn == null ? today : answeredOn;
    if (day.isAfter(today) || day.isBefore(episode.start().minusYears(1))) {
      throw new InvalidInputException("answeredOn", "error.answer.date", day, episode.start(), today);
    }
    return day;
  }

  java.util.List<Response> ofEpisode(Episode episode) {
    return responses.ofEpisode(episode.municipality(), episode.id());
  }

  /** Each scale's scores in the episode, with the child's reliable change. */
  se.pejl.api.followup.EpisodeResults results(Episode episode) {
    IndicatorEngine engine = indicators;
    return new Results(instruments, (instrument, scale) -> engine == null ? Optional.empty()
        : engine.norm(instrument, scale)).of(episode.id(), ofEpisode(episode));
  }

  /** The snapshot for statistics, or null when the host does not answer now. */
  private Demographics snapshot(Episode episode, LocalDate answeredOn) {
    try {
      ClientSnapshot client = hosts.serving(episode.municipality()).directory()
          .find(episode.municipality(), episode.client())
          .orElseThrow(() -> new NotFoundException("error.client.notFound", episode.client().value()));
      return new Demographics(client.gender(), client.ageOn(answeredOn), episode.municipality(), episode.unit());
    } catch (HostUnavailableException e) {
      LOG.warn("Host did not answer; the answer to episode {} is stored and its snapshot completed later",
          episode.id());
      return null;
    }
  }
}
