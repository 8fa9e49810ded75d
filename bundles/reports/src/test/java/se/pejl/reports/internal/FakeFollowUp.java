package se.pejl.reports.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.audit.Audited;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Change;
import se.pejl.api.followup.ClientView;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeResults;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.OccasionStatus;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.followup.Response;
import se.pejl.api.followup.ScaleCourse;
import se.pejl.api.followup.ScorePoint;

/**
 * Tjörn's follow-up as the reports read it: episode 12 with two scales and three goals, episode 13
 * without purpose or content, and as many planned occasions as a test asks for. Records each read
 * with the endpoint it was made for, as the real service audits them.
 */
final class FakeFollowUp implements FollowUpService {
  static final ClientRef CLIENT = new ClientRef("19120101-1234");
  final List<String> reads = new ArrayList<>();
  int occasionCount = 6;
  /** When the audit entries of a list of occasions are stored; null: at once, as the list is read. */
  CompletableFuture<Void> occasionsAudited;

  static Episode episode12() {
    return new Episode(12, CLIENT, MunicipalityCode.of("1407"), Episode.SUPPORT_GROUP, "Familjestöd Tjörn",
        "caseworker.tjorn", null, LocalDate.of(2026, 1, 12), null, LocalDate.of(2026, 6, 30),
        "Stärka Elins självkänsla", List.of(new Goal("Går till skolan varje dag", 1),
            new Goal("Pratar med en vuxen när det är svårt", 0), new Goal("Sover bättre", null)),
        "Tio träffar i grupp", "Målen i stort sett nådda", "planned", 2);
  }

  static Episode episode13() {
    return new Episode(13, new ClientRef("19130202-2345"), MunicipalityCode.of("1407"), Episode.HVB,
        "Familjestöd Tjörn", "caseworker.tjorn", null, LocalDate.of(2026, 3, 1), null, null, " ", List.of(),
        null, null, null, 0);
  }

  @Override
  public Episode episode(Access access, long episodeId) {
    reads.add("episode " + episodeId + " for " + access.endpoint());
    if (episodeId == 12) {
      return episode12();
    }
    throw new NotFoundException("error.episode.unknown", episodeId);
  }

  @Override
  public List<Episode> episodes(Access access, EpisodeQuery query) {
    reads.add("episodes for " + access.endpoint());
    return List.of(episode12(), episode13());
  }

  @Override
  public EpisodeResults results(Access access, long episodeId) {
    reads.add("results " + episodeId + " for " + access.endpoint());
    ScorePoint start = new ScorePoint("start", LocalDate.of(2026, 1, 14), 1, 14);
    ScorePoint end = new ScorePoint("end", LocalDate.of(2026, 6, 28), 1, 23);
    ScaleCourse wellbeing = new ScaleCourse("kidscreen-10", "wellbeing", "Välbefinnande", "Well-being",
        "emotional-behavioural", true, 18.0, List.of(start, end),
        new Change(start, end, 9, 2.31, Change.Category.IMPROVED, Change.Clinical.RECOVERED, null));
    ScorePoint worry = new ScorePoint("start", LocalDate.of(2026, 1, 14), 1, 7);
    ScaleCourse guilt = new ScaleCourse("guilt-worry", "worry", "Oro och skuld", "Guilt and worry",
        "emotional-behavioural", false, null, List.of(worry), null);
    return new EpisodeResults(episodeId, List.of(wellbeing, guilt));
  }

  @Override
  public ClientView client(Access access, ClientRef client) {
    reads.add("client " + client.value() + " for " + access.endpoint());
    return new ClientView(new ClientSnapshot(client, Gender.GIRL, LocalDate.of(2012, 1, 1),
        MunicipalityCode.of("1407"), "Familjestöd Tjörn"), 14, URI.create("http://host/clients/1"));
  }

  @Override
  public Audited<List<PlannedOccasion>> occasionsAuditedMeanwhile(Access access, OccasionQuery query) {
    List<PlannedOccasion> list = occasions(access, query);
    return occasionsAudited == null ? Audited.already(list) : new Audited<>(list, occasionsAudited);
  }

  @Override
  public List<PlannedOccasion> occasions(Access access, OccasionQuery query) {
    reads.add("occasions for " + access.endpoint() + " caseworker " + query.caseworker());
    OccasionStatus[] statuses = {OccasionStatus.DONE, OccasionStatus.DUE, OccasionStatus.OVERDUE,
        OccasionStatus.MISSED, OccasionStatus.NOT_APPLICABLE};
    List<PlannedOccasion> list = new ArrayList<>();
    for (int i = 0; i < occasionCount; i++) {
      LocalDate due = LocalDate.of(2026, 1, 1).plusDays(i % 300);
      list.add(new PlannedOccasion(100 + i / 3, CLIENT, i % 2 == 0 ? "Familjestöd Tjörn" : "Öppenvården",
          i % 4 == 0 ? "caseworker.tjorn" : "caseworker.other", i % 3 == 0 ? "start" : "end", due,
          due.minusDays(14), due.plusDays(30), List.of("kidscreen-10"), statuses[i % statuses.length], null,
          i % 2 == 0 ? "support-group" : "hvb"));
    }
    return list;
  }

  @Override
  public Episode startEpisode(PejlUser user, NewEpisode episode) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Episode update(PejlUser user, long episodeId, EpisodeChange change) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Episode close(PejlUser user, long episodeId, EpisodeClosing closing) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<EpisodeRevision> revisions(Access access, long episodeId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<PlannedOccasion> occasions(Access access, long episodeId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public PlannedOccasion markNotApplicable(PejlUser user, long episodeId, String occasion, String reason) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Response submit(PejlUser user, AnswerSubmission submission) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Response> responses(Access access, long episodeId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ClientView> clientsOf(Access access, String caseworker) {
    throw new UnsupportedOperationException();
  }
}
