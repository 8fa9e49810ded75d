package se.pejl.web.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.pejl.api.ClientRef;
import se.pejl.api.InvalidInputException;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Change;
import se.pejl.api.followup.ClientView;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeResults;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.followup.ScaleCourse;
import se.pejl.api.followup.ScorePoint;
import se.pejl.api.survey.NewSurveyLink;
import se.pejl.api.survey.SurveyLink;

/** The JSON shapes of the API, where they differ from the api records: references as strings. */
public final class Json {
  private Json() {}

  /** The request body, which every POST, PUT and PATCH needs; 400 naming no field when absent. */
  static <T> T body(T request) {
    if (request == null) {
      throw new InvalidInputException(null, "error.request.body");
    }
    return request;
  }

  /** {@code {"items":[…]}}, the shape of every list. */
  public record Items<T>(List<T> items) {}

  /**
   * Every 4xx/5xx body. {@code field} is the first wrong field; {@code fields} lists each wrong
   * field when there are several, and is left out otherwise.
   */
  public record Error(String error, String message, String field, List<FieldMessage> fields) {
    public Error(String error, String message, String field) {
      this(error, message, field, null);
    }
  }

  /** One wrong field of a request and what is wrong with it, in the caller's language. */
  public record FieldMessage(String field, String message) {}

  /** A request to start an episode; the client is the host's reference as a plain string. */
  public record EpisodeRequest(String client, String type, String unit, String groupId,
      LocalDate start, LocalDate plannedEnd, String purpose, List<String> goals, String content) {
    NewEpisode toNewEpisode() {
      // ClientRef refuses a missing or blank reference, naming the field "client".
      return new NewEpisode(new ClientRef(client), type, unit, groupId, start, plannedEnd, purpose, goals, content);
    }
  }

  public record EpisodeView(long id, String client, String municipality, String type, String unit,
      String caseworker, String groupId, LocalDate start, LocalDate plannedEnd, LocalDate end,
      String purpose, List<Goal> goals, String content, String result, String endReason, int revision) {
    static EpisodeView of(Episode e) {
      return new EpisodeView(e.id(), e.client().value(), e.municipality().value(), e.type(), e.unit(),
          e.caseworker(), e.groupId(), e.start(), e.plannedEnd(), e.end(), e.purpose(), e.goals(),
          e.content(), e.result(), e.endReason(), e.revision());
    }
  }

  public record ChangeRequest(String unit, String caseworker, LocalDate plannedEnd, String purpose,
      List<Goal> goals, String content, String result) {
    EpisodeChange toChange() {
      return new EpisodeChange(unit, caseworker, plannedEnd, purpose, goals, content, result);
    }
  }

  public record CloseRequest(LocalDate end, String endReason, String result, List<Integer> goalAttainments) {
    EpisodeClosing toClosing() {
      return new EpisodeClosing(end, endReason, result, goalAttainments);
    }
  }

  public record ReasonRequest(String reason) {}

  public record AnswerRequest(Long episodeId, String instrumentId, String occasion,
      LocalDate answeredOn, Map<String, Object> answers) {
    AnswerSubmission toSubmission() {
      if (episodeId == null) {
        throw new InvalidInputException("episodeId", "error.answer.episodeRequired");
      }
      return new AnswerSubmission(episodeId, instrumentId, occasion, answeredOn, answers);
    }
  }

  /** {@code PUT /drafts/{id}}: the answers so far, replacing the earlier ones. */
  public record DraftChange(LocalDate answeredOn, Map<String, Object> answers) {}

  /** {@code PUT /responses/{id}}: an edit, with why; {@code basedOn} guards against lost updates. */
  public record RevisionRequest(Map<String, Object> answers, String reason, Integer basedOn) {}

  public record SurveyLinkRequest(Long episodeId, String groupId, String occasion, String instrumentId,
      String language, Integer validDays) {
    NewSurveyLink toNewLink() {
      return new NewSurveyLink(episodeId, groupId, occasion, instrumentId, language, validDays);
    }
  }

  /**
   * A survey link as the caseworker sees it: its status now, and its address only in the answer
   * that made it.
   */
  public record SurveyLinkView(long id, String kind, Long episodeId, String groupId, String occasion,
      String instrumentId, String language, String createdBy, Instant createdAt, Instant expiresAt,
      Instant usedAt, Instant withdrawnAt, int answers, String status, URI url) {
    static SurveyLinkView of(SurveyLink l, Instant now, URI url) {
      return new SurveyLinkView(l.id(), l.isGroup() ? "group" : "personal", l.episodeId(), l.groupId(),
          l.occasion(), l.instrumentId(), l.language(), l.createdBy(), l.createdAt(), l.expiresAt(),
          l.usedAt(), l.withdrawnAt(), l.answers(), l.status(now).name().toLowerCase(java.util.Locale.ROOT), url);
    }
  }

  public record OccasionView(long episodeId, String client, String unit, String caseworker, String key,
      LocalDate dueDate, LocalDate windowStart, LocalDate windowEnd, List<String> instruments,
      String status, String notApplicableReason) {
    static OccasionView of(PlannedOccasion o) {
      return new OccasionView(o.episodeId(), o.client().value(), o.unit(), o.caseworker(), o.key(),
          o.dueDate(), o.windowStart(), o.windowEnd(), o.instruments(),
          o.status().name().toLowerCase(java.util.Locale.ROOT), o.notApplicableReason());
    }
  }

  /** An episode's results; categories in lower case like every other status. */
  public record ResultsView(long episodeId, List<ScaleView> scales) {
    static ResultsView of(EpisodeResults r) {
      return new ResultsView(r.episodeId(), r.scales().stream().map(ScaleView::of).toList());
    }
  }

  public record ScaleView(String instrumentId, String scaleId, String nameSv, String nameEn, String bbicArea,
      boolean higherIsBetter, Double cutOff, List<ScorePoint> points, ChangeView change) {
    static ScaleView of(ScaleCourse c) {
      return new ScaleView(c.instrumentId(), c.scaleId(), c.nameSv(), c.nameEn(), c.bbicArea(), c.higherIsBetter(),
          c.cutOff(), c.points(), c.change() == null ? null : ChangeView.of(c.change()));
    }
  }

  public record ChangeView(ScorePoint from, ScorePoint to, double difference, Double rci, String category,
      String clinical, String reason) {
    static ChangeView of(Change c) {
      return new ChangeView(c.from(), c.to(), c.difference(), c.rci(), lower(c.category()), lower(c.clinical()),
          c.reason() == null ? null : lower(c.reason()));
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A client as Pejl shows it: never name or personnummer. */
  public record ClientJson(String ref, String gender, int age, String municipality, String unit,
      URI hostPage, List<EpisodeView> episodes) {
    static ClientJson of(ClientView v, List<EpisodeView> episodes) {
      return new ClientJson(v.snapshot().ref().value(), v.snapshot().gender().name(), v.age(),
          v.snapshot().municipality().value(), v.snapshot().unit(), v.hostPage(), episodes);
    }
  }

  public record AuditView(long sequence, Instant at, String user, String client, String what,
      String endpoint, String hash) {
    static AuditView of(AuditEntry e) {
      return new AuditView(e.sequence(), e.at(), e.user(), e.client().value(), e.what(), e.endpoint(), e.hash());
    }
  }
}
