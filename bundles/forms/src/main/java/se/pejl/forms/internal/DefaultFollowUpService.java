package se.pejl.forms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Occasion;
import se.pejl.api.followup.Response;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.host.ClientDirectory;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.ResponseRepository;

/**
 * Starts episodes and records answers, always within the user's municipality. Everything is
 * checked before anything is stored, so a wrong request changes nothing.
 */
@Component(service = FollowUpService.class)
public final class DefaultFollowUpService implements FollowUpService {
  static final Set<String> EPISODE_TYPES = Set.of(Episode.SUPPORT_GROUP, Episode.INDIVIDUAL_TALKS,
      Episode.FAMILY_HOME, Episode.HVB, Episode.PARENT_SUPPORT);

  private final EpisodeRepository episodes;
  private final ResponseRepository responses;
  private final InstrumentRegistry instruments;
  private final ClientDirectory clients;
  private final Clock clock;

  @Activate
  public DefaultFollowUpService(@Reference EpisodeRepository episodes,
      @Reference ResponseRepository responses, @Reference InstrumentRegistry instruments,
      @Reference ClientDirectory clients) {
    this(episodes, responses, instruments, clients, Clock.systemDefaultZone());
  }

  DefaultFollowUpService(EpisodeRepository episodes, ResponseRepository responses,
      InstrumentRegistry instruments, ClientDirectory clients, Clock clock) {
    this.episodes = episodes;
    this.responses = responses;
    this.instruments = instruments;
    this.clients = clients;
    this.clock = clock;
  }

  @Override
  public Episode startEpisode(PejlUser user, NewEpisode e) {
    user.require(Role.CASEWORKER, Role.MANAGER);
    if (e.client() == null) {
      throw new InvalidInputException("client", "error.client.blank");
    }
    if (e.type() == null || !EPISODE_TYPES.contains(e.type())) {
      throw new InvalidInputException("type", "error.episode.type", e.type(), EPISODE_TYPES);
    }
    requireText(e.unit(), "unit", "error.episode.unit");
    requireText(e.purpose(), "purpose", "error.episode.purpose");
    if (e.start() == null) {
      throw new InvalidInputException("start", "error.episode.start");
    }
    if (e.goals().isEmpty() || e.goals().stream().anyMatch(g -> g == null || g.isBlank())) {
      throw new InvalidInputException("goals", "error.episode.goals");
    }
    client(user, e.client());
    return episodes.insert(user.municipality(), user.id(), e);
  }

  @Override
  public Episode episode(PejlUser user, long episodeId) {
    return episodes.find(user.municipality(), episodeId)
        .orElseThrow(() -> new NotFoundException("error.episode.notFound", episodeId));
  }

  @Override
  public Response submit(PejlUser user, AnswerSubmission s) {
    user.require(Role.CASEWORKER, Role.MANAGER);
    Episode episode = episode(user, s.episodeId());
    Instrument instrument = instruments.find(s.instrumentId()).orElseThrow(() ->
        new InvalidInputException("instrumentId", "error.instrument.unknown", s.instrumentId()));
    if (!Occasion.isKnown(s.occasion())) {
      throw new InvalidInputException("occasion", "error.occasion.unknown", s.occasion());
    }
    AnswerScorer.Scored scored = new AnswerScorer().score(instrument, s.answers());
    LocalDate answeredOn = s.answeredOn() == null ? LocalDate.now(clock) : s.answeredOn();
    ClientSnapshot client = client(user, episode.client());
    Demographics snapshot = new Demographics(client.gender(), client.ageOn(answeredOn),
        episode.municipality(), episode.unit());
    return responses.insert(user.municipality(), new NewResponse(episode.id(), instrument.id(),
        instrument.version(), s.occasion(), answeredOn, scored.itemValues(), scored.scores(),
        snapshot));
  }

  @Override
  public List<Response> responses(PejlUser user, long episodeId) {
    Episode episode = episode(user, episodeId);
    return responses.ofEpisode(user.municipality(), episode.id());
  }

  private ClientSnapshot client(PejlUser user, se.pejl.api.ClientRef ref) {
    return clients.find(user.municipality(), ref)
        .orElseThrow(() -> new NotFoundException("error.client.notFound", ref.value()));
  }

  private static void requireText(String value, String field, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, key);
    }
  }
}
