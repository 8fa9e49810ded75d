package se.pejl.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.ConflictException;
import se.pejl.api.Gender;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Response;
import se.pejl.api.host.ClientDirectory;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.PendingSnapshot;
import se.pejl.api.store.ResponseRepository;
import se.pejl.api.store.ScoreObservation;

/** In-memory stand-ins for the store and the host, for tests without a framework. */
final class Fakes {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");

  private Fakes() {}

  static final class Episodes implements EpisodeRepository {
    final List<Episode> rows = new ArrayList<>();
    final List<EpisodeRevision> revisions = new ArrayList<>();
    final Map<Long, Map<String, String>> marks = new HashMap<>();

    public Episode insert(MunicipalityCode m, String cw, NewEpisode e) {
      Episode ep = new Episode(rows.size() + 1, e.client(), m, e.type(), e.unit(), cw, e.groupId(), e.start(),
          e.plannedEnd(), null, e.purpose(), e.goals().stream().map(se.pejl.api.followup.Goal::of).toList(),
          e.content(), null, null, 0);
      rows.add(ep);
      return ep;
    }
    public Optional<Episode> find(MunicipalityCode m, long id) {
      return rows.stream().filter(e -> e.id() == id && e.municipality().equals(m)).findFirst();
    }
    public List<Episode> find(MunicipalityCode m, EpisodeQuery q) {
      return rows.stream().filter(e -> e.municipality().equals(m))
          .filter(e -> q.caseworker() == null || e.caseworker().equals(q.caseworker()))
          .filter(e -> q.client() == null || e.client().equals(q.client())).toList();
    }
    public long count(MunicipalityCode m) { return find(m, EpisodeQuery.all()).size(); }
    public Episode save(MunicipalityCode m, Episode changed, String by, List<EpisodeRevision.FieldChange> changes) {
      Episode stored = find(m, changed.id()).orElseThrow();
      if (stored.revision() != changed.revision()) {
        throw new ConflictException("error.episode.conflict", changed.id());
      }
      Episode next = new Episode(changed.id(), changed.client(), m, changed.type(), changed.unit(), changed.caseworker(),
          changed.groupId(), changed.start(), changed.plannedEnd(), changed.end(), changed.purpose(), changed.goals(),
          changed.content(), changed.result(), changed.endReason(), stored.revision() + 1);
      rows.set(rows.indexOf(stored), next);
      revisions.add(new EpisodeRevision(next.revision(), by, Instant.EPOCH, changes));
      return next;
    }
    public List<EpisodeRevision> revisions(MunicipalityCode m, long id) { return List.copyOf(revisions); }
    public void markNotApplicable(MunicipalityCode m, long id, String o, String reason, String by) {
      marks.computeIfAbsent(id, k -> new HashMap<>()).put(o, reason);
    }
    public Map<Long, Map<String, String>> notApplicable(MunicipalityCode m, Collection<Long> ids) { return marks; }
  }

  static final class Responses implements ResponseRepository {
    final List<NewResponse> rows = new ArrayList<>();

    public Response insert(MunicipalityCode m, NewResponse r) {
      rows.add(r);
      return new Response(rows.size(), r.episodeId(), r.instrumentId(), r.instrumentVersion(), r.occasion(), r.answeredOn(), r.scores());
    }
    public List<Response> ofEpisode(MunicipalityCode m, long id) { return List.of(); }
    public Map<Long, Map<String, Set<String>>> answered(MunicipalityCode m, Collection<Long> ids) {
      Map<Long, Map<String, Set<String>>> result = new HashMap<>();
      rows.forEach(r -> result.computeIfAbsent(r.episodeId(), k -> new HashMap<>())
          .computeIfAbsent(r.occasion(), k -> new HashSet<>()).add(r.instrumentId()));
      return result;
    }
    public List<ScoreObservation> scores(String i, String s) { return List.of(); }
    public List<PendingSnapshot> pendingSnapshots(int limit) { return List.of(); }
    public void completeSnapshot(long id, Demographics d) {}
  }

  /** Records what was audited. */
  static final class Audit implements AuditLog {
    final List<String> records = new ArrayList<>();

    public void record(Access access, ClientRef client, String what) {
      records.add(access.user().id() + " " + client + " " + what + " " + access.endpoint());
    }
    public List<AuditEntry> entries(se.pejl.api.PejlUser m, AuditQuery q) { return List.of(); }
    public ChainCheck verify(se.pejl.api.PejlUser u) { return new ChainCheck(true, 0, null); }
  }

  /** A host with one girl in Tjörn and one boy in Skövde; it can be switched off. */
  static final class Host implements ClientDirectory {
    boolean down;
    final List<ClientSnapshot> clients = List.of(
        new ClientSnapshot(new ClientRef("T-1"), Gender.GIRL, LocalDate.of(2014, 6, 1), TJORN, "Stödgruppen Tjörn"),
        new ClientSnapshot(new ClientRef("S-1"), Gender.BOY, LocalDate.of(2012, 1, 1), SKOVDE, "Stödgruppen Skövde"));

    public Optional<ClientSnapshot> find(MunicipalityCode m, ClientRef ref) {
      if (down) {
        throw new HostUnavailableException("Demovärden", null);
      }
      return clients.stream().filter(c -> c.municipality().equals(m) && c.ref().equals(ref)).findFirst();
    }
    public List<ClientSnapshot> clientsOf(MunicipalityCode m, String cw) {
      return clients.stream().filter(c -> c.municipality().equals(m)).toList();
    }

    Hosts asHosts() {
      Hosts hosts = new Hosts();
      hosts.addDirectory(this, Map.of(ClientDirectory.HOST, "Demovärden",
          ClientDirectory.MUNICIPALITY, new String[] {"1407", "1496"}, "service.id", 1L));
      return hosts;
    }
  }
}
