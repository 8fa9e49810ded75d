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
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Response;
import se.pejl.api.host.ClientDirectory;
import java.util.LinkedHashMap;
import se.pejl.api.followup.Draft;
import se.pejl.api.followup.ResponseRevision;
import se.pejl.api.store.AnswerRepository;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.DraftRepository;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.store.SurveyLinkRepository;
import se.pejl.api.survey.SurveyLink;
import se.pejl.api.survey.SurveyLinkClosedException;
import se.pejl.api.survey.SurveyLinkStatus;
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
    final List<EpisodeQuery> outlinesAsked = new ArrayList<>();
    /** Thrown by {@link #outlines} when set: a database that fails. */
    RuntimeException outlinesFail;

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
          .filter(e -> q.client() == null || e.client().equals(q.client()))
          .filter(e -> q.unit() == null || e.unit().equals(q.unit()))
          .filter(e -> !q.openOnly() || e.end() == null)
          .filter(e -> q.startedBy() == null || !e.start().isAfter(q.startedBy())).toList();
    }
    public List<EpisodeOutline> outlines(MunicipalityCode m, EpisodeQuery q) {
      outlinesAsked.add(q);
      if (outlinesFail != null) {
        throw outlinesFail;
      }
      return find(m, q).stream().map(EpisodeOutline::of).toList();
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

  /** Answers with revisions: the current state per answer, earlier ones beside it. */
  static final class Responses implements ResponseRepository, AnswerRepository {
    final List<NewAnswer> rows = new ArrayList<>();
    final List<List<ResponseRevision>> revisions = new ArrayList<>();
    final List<MunicipalityCode> municipalities = new ArrayList<>();
    final List<Long> removedDrafts = new ArrayList<>();
    /** The episode ids each {@link #answered} call was asked for. */
    final List<Set<Long>> answeredAsked = new ArrayList<>();
    /** The queries {@link #answeredWhere} was asked for. */
    final List<EpisodeQuery> answeredWhereAsked = new ArrayList<>();
    private final Episodes episodes;

    Responses(Episodes episodes) {
      this.episodes = episodes;
    }

    Drafts drafts;

    public Response insert(MunicipalityCode m, NewResponse r) {
      throw new UnsupportedOperationException("answers go through AnswerRepository");
    }
    public Response insert(MunicipalityCode m, NewAnswer a, Long fromDraft) {
      if (fromDraft != null) {
        if (drafts == null || !drafts.delete(m, fromDraft)) {
          throw new se.pejl.api.NotFoundException("error.draft.notFound", fromDraft);
        }
        removedDrafts.add(fromDraft);
      }
      rows.add(a);
      municipalities.add(m);
      long id = rows.size();
      revisions.add(new ArrayList<>(List.of(new ResponseRevision(id, a.episodeId() == null ? 0 : a.episodeId(),
          a.instrumentId(), a.instrumentVersion(), a.occasion(), a.answeredOn(), 1, a.answers(), a.scores(),
          a.recordedBy(), Instant.EPOCH, null))));
      return new Response(id, a.episodeId() == null ? 0 : a.episodeId(), a.instrumentId(), a.instrumentVersion(),
          a.occasion(), a.answeredOn(), a.scores());
    }
    public Optional<ResponseRevision> current(MunicipalityCode m, long id) {
      List<ResponseRevision> all = revisions(m, id);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
    public List<ResponseRevision> revisions(MunicipalityCode m, long id) {
      return id < 1 || id > rows.size() || !municipalities.get((int) id - 1).equals(m) ? List.of()
          : List.copyOf(revisions.get((int) id - 1));
    }
    public ResponseRevision revise(MunicipalityCode m, long id, int basedOn, Map<String, Object> answers,
        Map<String, Double> items, Map<String, Double> scores, String by, Instant at, String reason) {
      ResponseRevision now = current(m, id).orElseThrow();
      if (now.revision() != basedOn) {
        throw new ConflictException("error.response.conflict", id, now.revision());
      }
      ResponseRevision next = new ResponseRevision(id, now.episodeId(), now.instrumentId(), now.instrumentVersion(),
          now.occasion(), now.answeredOn(), now.revision() + 1, answers, scores, by, at, reason);
      revisions.get((int) id - 1).add(next);
      return next;
    }
    public List<Response> ofEpisode(MunicipalityCode m, long id) { return List.of(); }
    public Map<Long, Map<String, Set<String>>> answered(MunicipalityCode m, Collection<Long> ids) {
      answeredAsked.add(Set.copyOf(ids));
      Map<Long, Map<String, Set<String>>> result = new HashMap<>();
      rows.stream().filter(r -> r.episodeId() != null && ids.contains(r.episodeId())).forEach(r -> result.computeIfAbsent(r.episodeId(), k -> new HashMap<>())
          .computeIfAbsent(r.occasion(), k -> new HashSet<>()).add(r.instrumentId()));
      return result;
    }
    public Map<Long, Map<String, Set<String>>> answeredWhere(MunicipalityCode m, EpisodeQuery q) {
      answeredWhereAsked.add(q);
      Map<Long, Map<String, Set<String>>> result = new HashMap<>();
      List<Long> ids = episodes.find(m, q).stream().map(Episode::id).toList();
      rows.stream().filter(r -> r.episodeId() != null && ids.contains(r.episodeId())).forEach(r -> result.computeIfAbsent(r.episodeId(), k -> new HashMap<>())
          .computeIfAbsent(r.occasion(), k -> new HashSet<>()).add(r.instrumentId()));
      return result;
    }
    public List<ScoreObservation> scores(String i, String s) { return List.of(); }
    public List<PendingSnapshot> pendingSnapshots(int limit) { return List.of(); }
    public void completeSnapshot(long id, Demographics d) {}
  }

  static final class Drafts implements DraftRepository {
    final Map<Long, Draft> rows = new LinkedHashMap<>();
    final Map<Long, MunicipalityCode> owners = new HashMap<>();
    long next = 1;

    public Draft insert(MunicipalityCode m, long episodeId, String instrumentId, String occasion, LocalDate on,
        Map<String, Object> answers, String by, Instant at) {
      Draft d = new Draft(next++, episodeId, instrumentId, occasion, on, answers, by, at, by, at);
      rows.put(d.id(), d);
      owners.put(d.id(), m);
      return d;
    }
    public Optional<Draft> find(MunicipalityCode m, long id) {
      return Optional.ofNullable(rows.get(id)).filter(d -> owners.get(id).equals(m));
    }
    public List<Draft> ofEpisode(MunicipalityCode m, long episodeId) {
      return rows.values().stream().filter(d -> d.episodeId() == episodeId && owners.get(d.id()).equals(m)).toList();
    }
    public Draft replace(MunicipalityCode m, long id, LocalDate on, Map<String, Object> answers, String by, Instant at) {
      Draft d = find(m, id).orElseThrow();
      Draft next = new Draft(id, d.episodeId(), d.instrumentId(), d.occasion(), on, answers, d.createdBy(),
          d.createdAt(), by, at);
      rows.put(id, next);
      return next;
    }
    public boolean delete(MunicipalityCode m, long id) {
      return find(m, id).isPresent() && rows.remove(id) != null;
    }
  }

  /** Survey links by token hash; answers through them go to the fake answers. */
  static final class Links implements SurveyLinkRepository {
    final Map<String, SurveyLink> byHash = new LinkedHashMap<>();
    final Responses responses;

    Links(Responses responses) {
      this.responses = responses;
    }

    public SurveyLink insert(String hash, SurveyLink l) {
      SurveyLink stored = new SurveyLink(byHash.size() + 1, l.municipality(), l.episodeId(), l.groupId(), l.unit(),
          l.occasion(), l.instrumentId(), l.language(), l.createdBy(), l.createdAt(), l.expiresAt(), null, null, 0);
      byHash.put(hash, stored);
      return stored;
    }
    public Optional<SurveyLink> findByTokenHash(String hash) { return Optional.ofNullable(byHash.get(hash)); }
    public Optional<SurveyLink> find(MunicipalityCode m, long id) {
      return byHash.values().stream().filter(l -> l.id() == id && l.municipality().equals(m)).findFirst();
    }
    public List<SurveyLink> ofEpisode(MunicipalityCode m, long e) {
      return byHash.values().stream().filter(l -> l.municipality().equals(m) && Long.valueOf(e).equals(l.episodeId())).toList();
    }
    public List<SurveyLink> ofGroup(MunicipalityCode m, String g) {
      return byHash.values().stream().filter(l -> l.municipality().equals(m) && g.equals(l.groupId())).toList();
    }
    public SurveyLink withdraw(MunicipalityCode m, long id, Instant at) {
      SurveyLink l = find(m, id).orElseThrow(() -> new se.pejl.api.NotFoundException("error.surveyLink.notFound", id));
      return replace(l, new SurveyLink(l.id(), l.municipality(), l.episodeId(), l.groupId(), l.unit(), l.occasion(),
          l.instrumentId(), l.language(), l.createdBy(), l.createdAt(), l.expiresAt(), l.usedAt(), at, l.answers()));
    }
    public Response answer(long id, NewAnswer a, Instant at) {
      SurveyLink l = byHash.values().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
      if (l.status(at) != SurveyLinkStatus.OPEN) {
        throw new SurveyLinkClosedException(l.status(at), l.language());
      }
      replace(l, new SurveyLink(l.id(), l.municipality(), l.episodeId(), l.groupId(), l.unit(), l.occasion(),
          l.instrumentId(), l.language(), l.createdBy(), l.createdAt(), l.expiresAt(), at, null, l.answers() + 1));
      return responses.insert(l.municipality(), a, null);
    }
    private SurveyLink replace(SurveyLink old, SurveyLink next) {
      byHash.replaceAll((h, l) -> l.id() == old.id() ? next : l);
      return next;
    }
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

  /** A host with two girls in Tjörn and one boy in Skövde; it can be switched off. */
  static final class Host implements ClientDirectory {
    boolean down;
    final List<ClientSnapshot> clients = List.of(
        new ClientSnapshot(new ClientRef("T-1"), Gender.GIRL, LocalDate.of(2014, 6, 1), TJORN, "Stödgruppen Tjörn"),
        new ClientSnapshot(new ClientRef("T-2"), Gender.GIRL, LocalDate.of(2015, 2, 1), TJORN, "Stödgruppen Tjörn"),
        new ClientSnapshot(new ClientRef("T-3"), Gender.BOY, LocalDate.of(2016, 9, 1), TJORN, "Stödgruppen Tjörn"),
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
