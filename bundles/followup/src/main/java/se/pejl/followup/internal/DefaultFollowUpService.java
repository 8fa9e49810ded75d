package se.pejl.followup.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.audit.Audited;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.ClientView;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeResults;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.OccasionFeed;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.followup.Response;
import se.pejl.api.host.ClientDirectory;

/**
 * The follow-up service: checks the user's role, keeps every call inside the user's
 * municipality, and writes an audit entry for every read of a client's data.
 */
@Component(service = FollowUpService.class)
public final class DefaultFollowUpService implements FollowUpService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultFollowUpService.class);
  private static final int AUDIT_DRAIN_SECONDS = 3;
  /** How long a report waits for the next caseworker's occasions before it fails. */
  private static final long READ_PATIENCE_SECONDS = 120;
  private final Episodes episodes;
  private final Answers answers;
  private final Hosts hosts;
  private final AuditLog audit;
  /** Writes the entries of reads whose callers go on meanwhile; one at a time, as the chain is. */
  private final ExecutorService auditWriter = Executors.newSingleThreadExecutor(r -> daemon(r, "pejl-audit-writer"));
  /** Reads the lists handed over in turns, ahead of the reports that take them. */
  private final ExecutorService reader = Executors.newFixedThreadPool(2, r -> daemon(r, "pejl-occasion-reader"));

  @Activate
  public DefaultFollowUpService(@Reference Episodes episodes, @Reference Answers answers,
      @Reference Hosts hosts, @Reference AuditLog audit) {
    this.episodes = episodes;
    this.answers = answers;
    this.hosts = hosts;
    this.audit = audit;
  }

  /**
   * New lists are refused from now on (their reports fail). Entries handed over already are
   * written while the service goes, waited for only briefly so as not to hold up the framework:
   * one that cannot be written after all fails its report, so nothing unlogged is shown.
   */
  @Deactivate
  void close() {
    // Reads still going end first, so that none asks for its entry after the writer has stopped;
    // not interrupted, as Derby's file channels close on an interrupt.
    reader.shutdown();
    try {
      reader.awaitTermination(AUDIT_DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    auditWriter.shutdown();
    try {
      if (!auditWriter.awaitTermination(AUDIT_DRAIN_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Audit entries of lists read for reports were still being written when the follow-up"
            + " service stopped; a report whose entries fail to be written is not handed over");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Episode startEpisode(PejlUser user, NewEpisode e) {
    Roles.requireClientWork(user);
    if (e.client() != null) {
      snapshot(user, e.client()); // the host must know the client, in the user's municipality
    }
    return episodes.start(user, e);
  }

  @Override
  public Episode episode(Access access, long id) {
    Roles.requireClientWork(access.user());
    Episode e = episodes.get(access.user().municipality(), id);
    audit.record(access, e.client(), "episode " + id);
    return e;
  }

  @Override
  public List<Episode> episodes(Access access, EpisodeQuery query) {
    Roles.requireClientWork(access.user());
    List<Episode> found = episodes.find(access.user().municipality(), query);
    auditEach(access, found, Episode::client, "episodes");
    return found;
  }

  @Override
  public Episode update(PejlUser user, long id, EpisodeChange change) {
    Roles.requireClientWork(user);
    return episodes.update(user, id, change);
  }

  @Override
  public Episode close(PejlUser user, long id, EpisodeClosing closing) {
    Roles.requireClientWork(user);
    return episodes.close(user, id, closing);
  }

  @Override
  public List<EpisodeRevision> revisions(Access access, long id) {
    Episode e = episode(access, id);
    return episodes.revisions(e.municipality(), e.id());
  }

  @Override
  public List<PlannedOccasion> occasions(Access access, long id) {
    return episodes.occasions(access.user().municipality(), episode(access, id));
  }

  @Override
  public List<PlannedOccasion> occasions(Access access, OccasionQuery query) {
    List<PlannedOccasion> found = listed(access, query);
    auditEach(access, found, PlannedOccasion::client, "occasions");
    return found;
  }

  @Override
  public Audited<List<PlannedOccasion>> occasionsAuditedMeanwhile(Access access, OccasionQuery query) {
    List<PlannedOccasion> found = listed(access, query);
    Set<ClientRef> clients = clientsOf(found, PlannedOccasion::client);
    try {
      // Minimal: a caller cannot complete it and so let the data out early.
      return new Audited<>(found, CompletableFuture.runAsync(() -> audit.recordAll(access, clients, "occasions"),
          auditWriter).minimalCompletionStage());
    } catch (RejectedExecutionException e) {
      // The service is stopping: nothing is written, so nothing may be shown.
      return new Audited<>(found, CompletableFuture.failedFuture(e));
    }
  }

  /**
   * Read on a reader thread, a unit's and caseworker's occasions at a time; their clients' audit
   * entry is written once the last is read, and {@code written} completes once it is stored.
   */
  @Override
  public Audited<OccasionFeed> occasionsInTurn(Access access, List<OccasionQuery> queries) {
    Roles.requireClientWork(access.user());
    Turns turns = new Turns(READ_PATIENCE_SECONDS);
    // Filled by the reader thread alone, and read by the writer only after it is done.
    Set<ClientRef> clients = new LinkedHashSet<>();
    CompletableFuture<Void> read;
    try {
      read = CompletableFuture.runAsync(() -> episodes.occasionsInTurn(access.user().municipality(), queries,
          turns::expect, group -> {
            group.forEach(o -> clients.add(o.client()));
            turns.hand(group);
          }), reader);
    } catch (RejectedExecutionException e) {
      // The service is stopping: nothing is read, nothing may be shown.
      turns.end(new ProcessingException("error.internal", e));
      return new Audited<>(turns, CompletableFuture.failedFuture(e));
    }
    read.whenComplete((done, failure) -> turns.end(failure));
    CompletableFuture<Void> written = read.thenRunAsync(() -> audit.recordAll(access, clients, "occasions"),
        auditWriter);
    return new Audited<>(turns, written.minimalCompletionStage());
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private List<PlannedOccasion> listed(Access access, OccasionQuery query) {
    Roles.requireClientWork(access.user());
    return episodes.occasions(access.user().municipality(), query);
  }

  @Override
  public PlannedOccasion markNotApplicable(PejlUser user, long id, String occasion, String reason) {
    Roles.requireClientWork(user);
    return episodes.markNotApplicable(user, id, occasion, reason);
  }

  @Override
  public Response submit(PejlUser user, AnswerSubmission s) {
    Roles.requireClientWork(user);
    Episode e = episodes.get(user.municipality(), s.episodeId());
    episodes.requireOccasion(e, s.occasion());
    return answers.submit(user, e, s);
  }

  @Override
  public List<Response> responses(Access access, long id) {
    return answers.ofEpisode(episode(access, id));
  }

  @Override
  public EpisodeResults results(Access access, long id) {
    Roles.requireClientWork(access.user());
    Episode e = episodes.get(access.user().municipality(), id);
    EpisodeResults results = answers.results(e);
    audit.record(access, e.client(), "results " + id);
    return results;
  }

  @Override
  public ClientView client(Access access, ClientRef ref) {
    Roles.requireClientWork(access.user());
    var m = access.user().municipality();
    ClientDirectory host = hosts.serving(m).directory();
    ClientView view = view(host, m, find(host, m, ref), LocalDate.now());
    audit.record(access, ref, "client");
    return view;
  }

  @Override
  public List<ClientView> clientsOf(Access access, String caseworker) {
    Roles.requireClientWork(access.user());
    var m = access.user().municipality();
    ClientDirectory host = hosts.serving(m).directory();
    LocalDate today = LocalDate.now();
    List<ClientView> views = host.clientsOf(m, caseworker).stream()
        .map(c -> view(host, m, c, today)).toList();
    auditEach(access, views, v -> v.snapshot().ref(), "client list");
    return views;
  }

  private ClientSnapshot snapshot(PejlUser user, ClientRef ref) {
    var m = user.municipality();
    return find(hosts.serving(m).directory(), m, ref);
  }

  private static ClientSnapshot find(ClientDirectory host, MunicipalityCode m, ClientRef ref) {
    return host.find(m, ref)
        .orElseThrow(() -> new NotFoundException("error.client.notFound", ref.value()));
  }

  private static ClientView view(ClientDirectory host, MunicipalityCode m, ClientSnapshot c, LocalDate today) {
    return new ClientView(c, c.ageOn(today), host.clientPage(m, c.ref()).orElse(null));
  }

  private <T> void auditEach(Access access, List<T> items, Function<T, ClientRef> client, String what) {
    // One write for the whole list: a coverage report names thousands of clients.
    audit.recordAll(access, clientsOf(items, client), what);
  }

  private static <T> Set<ClientRef> clientsOf(List<T> items, Function<T, ClientRef> client) {
    Set<ClientRef> clients = new LinkedHashSet<>();
    items.forEach(i -> clients.add(client.apply(i)));
    return clients;
  }
}
