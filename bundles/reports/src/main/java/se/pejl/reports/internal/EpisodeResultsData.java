package se.pejl.reports.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.Access;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.Change;
import se.pejl.api.followup.ClientView;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeResults;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.ScaleCourse;
import se.pejl.api.followup.ScorePoint;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;

/**
 * One episode's scales over its occasions, its reliable change and its goals: what the individual
 * view shows, for the caseworker's meeting with the family. Every read goes through the follow-up
 * service, which allows it only to caseworkers and managers of the client's municipality and
 * writes it to the audit log under the report's name.
 */
final class EpisodeResultsData implements ReportData {
  private final FollowUpService followUp;

  EpisodeResultsData(FollowUpService followUp) {
    this.followUp = followUp;
  }

  @Override
  public String kind() {
    return "episode-results";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(Parameters.EPISODE);
  }

  @Override
  public Set<String> required() {
    return Set.of(Parameters.EPISODE);
  }

  @Override
  public boolean confidential() {
    return true;
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("scaleKey", String.class);
    fields.put("scaleName", String.class);
    fields.put("areaName", String.class);
    fields.put("occasionName", String.class);
    fields.put("answeredOn", Date.class);
    fields.put("score", Double.class);
    fields.put("higherIsBetter", Boolean.class);
    fields.put("cutOff", Double.class);
    fields.put("changeText", String.class);
    fields.put("rci", Double.class);
    return fields;
  }

  @Override
  public Map<String, Class<?>> templateParameters() {
    Map<String, Class<?>> p = new HashMap<>();
    p.put("EPISODE_ID", Long.class);
    p.put("EPISODE_TYPE_NAME", String.class);
    p.put("UNIT", String.class);
    p.put("CASEWORKER", String.class);
    p.put("CLIENT_NAME", String.class);
    p.put("EPISODE_START", Date.class);
    p.put("EPISODE_END", Date.class);
    p.put("GAS_T", Double.class);
    p.put("GOALS", List.class);
    return p;
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest request) {
    user.require(Role.CASEWORKER, Role.MANAGER);
    Access access = new Access(user, "report episode-results");
    long id = request.episode();
    Episode episode = followUp.episode(access, id);
    EpisodeResults results = followUp.results(access, id);
    ReportTexts texts = new ReportTexts(request.locale());
    List<Map<String, ?>> rows = new ArrayList<>();
    for (ScaleCourse scale : results.scales()) {
      String change = changeText(texts, scale.change());
      for (ScorePoint point : scale.points()) {
        Map<String, Object> row = new HashMap<>();
        row.put("scaleKey", scale.instrumentId() + "/" + scale.scaleId());
        row.put("scaleName", texts.locale().getLanguage().equals("en") ? scale.nameEn() : scale.nameSv());
        row.put("areaName", scale.bbicArea() == null ? "" : texts.area(scale.bbicArea()));
        row.put("occasionName", texts.named("occasion.", point.occasion()));
        row.put("answeredOn", date(point.answeredOn()));
        row.put("score", point.score());
        row.put("higherIsBetter", scale.higherIsBetter());
        row.put("cutOff", scale.cutOff());
        row.put("changeText", change);
        row.put("rci", scale.change() == null ? null : scale.change().rci());
        rows.add(row);
      }
    }
    Map<String, Object> p = new HashMap<>();
    p.put("EPISODE_ID", episode.id());
    p.put("EPISODE_TYPE_NAME", texts.named("episodeType.", episode.type()));
    p.put("UNIT", episode.unit());
    p.put("CASEWORKER", episode.caseworker());
    p.put("CLIENT_NAME", clientLabel(access, episode, texts));
    p.put("EPISODE_START", date(episode.start()));
    p.put("EPISODE_END", date(episode.end()));
    p.put("GAS_T", gasT(episode.goals()));
    p.put("GOALS", goals(texts, episode.goals()));
    return new Dataset(episode.unit(), null, rows, p);
  }

  /** The client's reference and age; the reference alone when the host cannot tell the age now. */
  private String clientLabel(Access access, Episode episode, ReportTexts texts) {
    try {
      ClientView client = followUp.client(access, episode.client());
      return texts.get("client.label", client.snapshot().ref().value(), client.age());
    } catch (HostUnavailableException | NotFoundException e) {
      return texts.get("client.ref", episode.client().value());
    }
  }

  private static String changeText(ReportTexts texts, Change change) {
    if (change == null) {
      return texts.get("change.single");
    }
    if (change.category() == Change.Category.UNKNOWN) {
      return texts.get("change.UNKNOWN", texts.named("change.reason.", String.valueOf(change.reason())));
    }
    String text = texts.get("change." + change.category(), change.rci());
    if (change.clinical() == Change.Clinical.RECOVERED || change.clinical() == Change.Clinical.DETERIORATED) {
      text += " " + texts.get("change.clinical." + change.clinical());
    }
    return text;
  }

  private static Double gasT(List<Goal> goals) {
    List<Integer> rated = goals.stream().map(Goal::attainment).filter(a -> a != null).toList();
    if (rated.isEmpty()) {
      return null;
    }
    return ScaleMethod.gasT(rated.stream().mapToInt(Integer::intValue).sum(), rated.size(), Scale.GAS_RHO);
  }

  private static List<Map<String, ?>> goals(ReportTexts texts, List<Goal> goals) {
    List<Map<String, ?>> list = new ArrayList<>();
    for (Goal goal : goals) {
      Map<String, Object> g = new HashMap<>();
      g.put("goal", goal.text());
      g.put("attainment", goal.attainment());
      g.put("attainmentText", goal.attainment() == null ? texts.get("gas.unrated")
          : texts.get("gas." + goal.attainment()));
      list.add(g);
    }
    return list;
  }

  static Date date(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
