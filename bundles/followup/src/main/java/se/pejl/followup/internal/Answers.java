package se.pejl.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.ResponseRepository;

/**
 * Records answers. Everything is checked before anything is stored, so a wrong answer changes
 * nothing; an answer given while the host is down is stored and gets its snapshot later.
 */
@Component(service = Answers.class)
public final class Answers {
  private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

  private final ResponseRepository responses;
  private final InstrumentRegistry instruments;
  private final AnswerScoring scoring;
  private final Hosts hosts;
  private final Clock clock;

  @Activate
  public Answers(@Reference ResponseRepository responses, @Reference InstrumentRegistry instruments,
      @Reference AnswerScoring scoring, @Reference Hosts hosts) {
    this(responses, instruments, scoring, hosts, Clock.systemDefaultZone());
  }

  Answers(ResponseRepository responses, InstrumentRegistry instruments, AnswerScoring scoring,
      Hosts hosts, Clock clock) {
    this.responses = responses;
    this.instruments = instruments;
    this.scoring = scoring;
    this.hosts = hosts;
    this.clock = clock;
  }

  Response submit(PejlUser user, Episode episode, AnswerSubmission s) {
    Instrument instrument = instruments.find(s.instrumentId()).orElseThrow(() ->
        new InvalidInputException("instrumentId", "error.instrument.unknown", s.instrumentId()));
    ScoredAnswers scored = scoring.score(instrument, s.answers());
    LocalDate today = LocalDate.now(clock);
    LocalDate answeredOn = s.answeredOn() == null ? today : s.answeredOn();
    if (answeredOn.isAfter(today) || answeredOn.isBefore(episode.start().minusYears(1))) {
      throw new InvalidInputException("answeredOn", "error.answer.date", answeredOn, episode.start(), today);
    }
    return responses.insert(user.municipality(), new NewResponse(episode.id(), instrument.id(),
        instrument.version(), s.occasion(), answeredOn, scored.itemValues(), scored.scores(),
        snapshot(episode, answeredOn)));
  }

  java.util.List<Response> ofEpisode(Episode episode) {
    return responses.ofEpisode(episode.municipality(), episode.id());
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
