package se.pejl.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.Response;

/** Stored answers. */
@ProviderType // only Pejl's store implements it, so a new method is a minor change for its callers
public interface ResponseRepository {

  /**
   * Stores the answer with its item values and scores in one transaction. A response whose
   * {@link NewResponse#demographics()} is null waits for its snapshot ({@link #pendingSnapshots}).
   */
  Response insert(MunicipalityCode municipality, NewResponse response);

  /** The answers of one episode of this municipality, oldest first. */
  List<Response> ofEpisode(MunicipalityCode municipality, long episodeId);

  /** For each episode: each occasion answered, with the instruments answered at it. */
  Map<Long, Map<String, Set<String>>> answered(MunicipalityCode municipality, Collection<Long> episodeIds);

  /**
   * As {@link #answered(MunicipalityCode, Collection)}, for every episode the query finds, read
   * together with the episodes: cheaper than by their ids when a list wants most of a unit's.
   *
   * @since 2.5
   */
  Map<Long, Map<String, Set<String>>> answeredWhere(MunicipalityCode municipality, EpisodeQuery episodes);

  /**
   * Every stored score of one scale, across all municipalities — input to aggregate indicators
   * only, never shown per client. Answers still waiting for their snapshot are left out.
   */
  List<ScoreObservation> scores(String instrumentId, String scaleId);

  /** Answers waiting for their demographic snapshot, oldest first. */
  List<PendingSnapshot> pendingSnapshots(int limit);

  /** Completes a waiting answer's snapshot. */
  void completeSnapshot(long responseId, Demographics demographics);
}
