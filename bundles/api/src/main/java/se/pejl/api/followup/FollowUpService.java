package se.pejl.api.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.PejlUser;
import se.pejl.api.audit.Audited;

/**
 * Episodes, their occasions and the answers given at them. Every call sees only the user's
 * municipality: another municipality's episode is {@link se.pejl.api.NotFoundException}, exactly
 * as one that does not exist. Every read of one client's data is written to the audit log.
 */
@ProviderType // only Pejl implements it, so a new method is a minor change for its callers
public interface FollowUpService {

  /** Starts follow-up of an intervention for a client of the user's municipality. */
  Episode startEpisode(PejlUser user, NewEpisode episode);

  /** One episode (audited). */
  Episode episode(Access access, long episodeId);

  /** Episodes matching the query (audited per client when the query names one). */
  List<Episode> episodes(Access access, EpisodeQuery query);

  /** Changes the documentation; the earlier state stays readable as a revision. */
  Episode update(PejlUser user, long episodeId, EpisodeChange change);

  /** Ends the episode with its result and reason, and rates its goals. */
  Episode close(PejlUser user, long episodeId, EpisodeClosing closing);

  /** Every change since the start, oldest first (audited). */
  List<EpisodeRevision> revisions(Access access, long episodeId);

  /** The episode's occasions with their status today (audited). */
  List<PlannedOccasion> occasions(Access access, long episodeId);

  /** Occasions across episodes, e.g. what is due and overdue for one caseworker or unit. */
  List<PlannedOccasion> occasions(Access access, OccasionQuery query);

  /**
   * As {@link #occasions(Access, OccasionQuery)}, for a caller that shows them only after work of
   * its own (a report being filled): their clients' audit entries are written meanwhile, and the
   * caller lets nothing out before {@link Audited#written()} has completed normally.
   *
   * @since 1.6
   */
  default Audited<List<PlannedOccasion>> occasionsAuditedMeanwhile(Access access, OccasionQuery query) {
    return Audited.already(occasions(access, query));
  }

  /**
   * As {@link #occasionsAuditedMeanwhile} for each query, one after the other (several units of a
   * manager, in the order given), handed over one caseworker's at a time while the next are read:
   * for a caller that works through a long list as it comes (a report filling its rows). Their
   * clients' audit entries are written once all are read; {@link Audited#written()} completes
   * after.
   *
   * @since 1.7
   */
  default Audited<OccasionFeed> occasionsInTurn(Access access, List<OccasionQuery> queries) {
    List<PlannedOccasion> all = new ArrayList<>();
    List<CompletableFuture<Void>> written = new ArrayList<>();
    for (OccasionQuery query : queries) {
      Audited<List<PlannedOccasion>> read = occasionsAuditedMeanwhile(access, query);
      OccasionFeed.of(read.data()).forEachRemaining(all::addAll);
      written.add(read.written().toCompletableFuture());
    }
    return new Audited<>(OccasionFeed.inOrder(all),
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)));
  }

  /** Marks an occasion as not applicable, with the reason. */
  PlannedOccasion markNotApplicable(PejlUser user, long episodeId, String occasion, String reason);

  /**
   * Validates, scores and stores an answer. A wrong answer throws {@link
   * se.pejl.api.InvalidInputException} naming the field, and nothing is stored. When the host
   * does not answer, the answer is still stored and its demographic snapshot completed later.
   */
  Response submit(PejlUser user, AnswerSubmission submission);

  /** The answers given in one episode, oldest first (audited). */
  List<Response> responses(Access access, long episodeId);

  /**
   * Each scale's score at each answered occasion of the episode, with the child's reliable change
   * from the first to the latest (audited). For caseworkers and managers of the client's
   * municipality only.
   */
  EpisodeResults results(Access access, long episodeId);

  /** A client of the user's municipality as Pejl may see it, through the host (audited). */
  ClientView client(Access access, ClientRef client);

  /** The clients this caseworker is responsible for, through the host. */
  List<ClientView> clientsOf(Access access, String caseworker);
}
