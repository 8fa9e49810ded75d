package se.pejl.host.demo.internal;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.ClientView;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Response;
import se.pejl.api.store.EpisodeRepository;

/** Records what the seeder asks of the follow-up service; can be told to fail at a given call. */
final class FakeFollowUpService implements FollowUpService {

  record Started(PejlUser user, Episode episode) {}

  record Submitted(PejlUser user, AnswerSubmission submission) {}

  final List<Started> started = new ArrayList<>();
  final List<Submitted> submitted = new ArrayList<>();
  final List<Long> closed = new ArrayList<>();
  private final Map<Long, Episode> episodes = new HashMap<>();
  private int calls;
  private int failAtCall = -1;

  FakeFollowUpService failingAtCall(int call) {
    failAtCall = call;
    return this;
  }

  int calls() {
    return calls;
  }

  @Override
  public Episode startEpisode(PejlUser user, NewEpisode e) {
    call();
    Episode episode =
        new Episode(episodes.size() + 1L, e.client(), user.municipality(), e.type(), e.unit(), user.id(),
            e.groupId(), e.start(), e.plannedEnd(), null, e.purpose(),
            e.goals().stream().map(Goal::of).toList(), e.content(), null, null, 0);
    episodes.put(episode.id(), episode);
    started.add(new Started(user, episode));
    return episode;
  }

  @Override
  public Episode close(PejlUser user, long episodeId, EpisodeClosing closing) {
    closed.add(episodeId);
    return episodes.get(episodeId);
  }

  @Override
  public Episode episode(Access access, long episodeId) {
    return episodes.get(episodeId);
  }

  @Override
  public List<Episode> episodes(Access access, EpisodeQuery query) {
    throw new UnsupportedOperationException("the seeder does not read");
  }

  @Override
  public Episode update(PejlUser user, long episodeId, EpisodeChange change) {
    throw new UnsupportedOperationException("the seeder does not change episodes");
  }

  @Override
  public List<EpisodeRevision> revisions(Access access, long episodeId) {
    throw new UnsupportedOperationException("the seeder does not read");
  }

  @Override
  public List<PlannedOccasion> occasions(Access access, long episodeId) {
    throw new UnsupportedOperationException("the seeder does not read");
  }

  @Override
  public List<PlannedOccasion> occasions(Access access, OccasionQuery query) {
    throw new UnsupportedOperationException("the seeder does not read");
  }

  @Override
  public PlannedOccasion markNotApplicable(PejlUser user, long episodeId, String occasion, String reason) {
    throw new UnsupportedOperationException("the seeder does not mark occasions");
  }

  @Override
  public ClientView client(Access access, ClientRef client) {
    throw new UnsupportedOperationException("the seeder does not read");
  }

  @Override
  public List<ClientView> clientsOf(Access access, String caseworker) {
    throw new UnsupportedOperationException("the seeder does not read");
  }

  @Override
  public Response submit(PejlUser user, AnswerSubmission s) {
    call();
    submitted.add(new Submitted(user, s));
    return new Response(submitted.size(), s.episodeId(), s.instrumentId(), 1, s.occasion(), s.answeredOn(), Map.of());
  }

  @Override
  public List<Response> responses(Access access, long episodeId) {
    return List.of();
  }

  @Override
  public se.pejl.api.followup.EpisodeResults results(Access access, long episodeId) {
    return new se.pejl.api.followup.EpisodeResults(episodeId, List.of());
  }

  Episode episodeOf(AnswerSubmission s) {
    return episodes.get(s.episodeId());
  }

  private void call() {
    if (calls++ == failAtCall) {
      throw new ProcessingException("error.test", null);
    }
  }

  /** A store whose municipalities hold the given numbers of episodes. */
  static EpisodeRepository storeWith(Map<MunicipalityCode, Long> counts) {
    return new EpisodeRepository() {
      @Override
      public Episode insert(MunicipalityCode municipality, String caseworker, NewEpisode episode) {
        throw new UnsupportedOperationException("the seeder goes through the follow-up service");
      }

      @Override
      public Optional<Episode> find(MunicipalityCode municipality, long id) {
        return Optional.empty();
      }

      @Override
      public long count(MunicipalityCode municipality) {
        return counts.getOrDefault(municipality, 0L);
      }

      @Override
      public List<Episode> find(MunicipalityCode municipality, EpisodeQuery query) {
        return List.of();
      }

      @Override
      public Episode save(MunicipalityCode m, Episode changed, String by, List<EpisodeRevision.FieldChange> changes) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<EpisodeRevision> revisions(MunicipalityCode m, long id) {
        return List.of();
      }

      @Override
      public void markNotApplicable(MunicipalityCode m, long id, String occasion, String reason, String by) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Map<Long, Map<String, String>> notApplicable(MunicipalityCode m, java.util.Collection<Long> ids) {
        return Map.of();
      }
    };
  }

  static SeederConfig config(boolean enabled, long seed) {
    return new SeederConfig() {
      @Override
      public boolean enabled() {
        return enabled;
      }

      @Override
      public long seed() {
        return seed;
      }

      @Override
      public Class<? extends Annotation> annotationType() {
        return SeederConfig.class;
      }
    };
  }
}
