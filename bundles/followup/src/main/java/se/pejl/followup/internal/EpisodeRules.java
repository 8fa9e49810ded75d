package se.pejl.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.InvalidInputException;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;

/** What makes an episode's documentation valid, checked before anything is stored. */
final class EpisodeRules {
  private static final int MAX_TEXT = 4000;

  private EpisodeRules() {}

  static void check(NewEpisode e, Plans plans) {
    if (e.client() == null) {
      throw new InvalidInputException("client", "error.client.blank");
    }
    if (!plans.knows(e.type())) {
      throw new InvalidInputException("type", "error.episode.type", e.type(), plans.types());
    }
    text(e.unit(), "unit", "error.episode.unit", true);
    text(e.purpose(), "purpose", "error.episode.purpose", true);
    text(e.content(), "content", "error.episode.content", false);
    if (e.start() == null) {
      throw new InvalidInputException("start", "error.episode.start");
    }
    if (e.plannedEnd() != null && e.plannedEnd().isBefore(e.start())) {
      throw new InvalidInputException("plannedEnd", "error.episode.plannedEnd", e.plannedEnd(), e.start());
    }
    goalTexts(e.goals().stream().map(Goal::of).toList());
  }

  /** The episode with the change applied; null fields of the change leave the field as it is. */
  static Episode apply(Episode e, EpisodeChange c) {
    if (c.unit() != null) {
      text(c.unit(), "unit", "error.episode.unit", true);
    }
    if (c.purpose() != null) {
      text(c.purpose(), "purpose", "error.episode.purpose", true);
    }
    text(c.content(), "content", "error.episode.content", false);
    text(c.result(), "result", "error.episode.result", false);
    if (c.goals() != null) {
      goalTexts(c.goals());
      c.goals().forEach(g -> attainment(g.attainment(), "goals"));
    }
    if (c.plannedEnd() != null && c.plannedEnd().isBefore(e.start())) {
      throw new InvalidInputException("plannedEnd", "error.episode.plannedEnd", c.plannedEnd(), e.start());
    }
    return new Episode(e.id(), e.client(), e.municipality(), e.type(), or(c.unit(), e.unit()),
        or(c.caseworker(), e.caseworker()), e.groupId(), e.start(), or(c.plannedEnd(), e.plannedEnd()),
        e.end(), or(c.purpose(), e.purpose()), c.goals() == null ? e.goals() : c.goals(),
        or(c.content(), e.content()), or(c.result(), e.result()), e.endReason(), e.revision());
  }

  static Episode close(Episode e, EpisodeClosing c) {
    if (e.isClosed()) {
      throw new InvalidInputException("end", "error.episode.closed", e.id(), e.end());
    }
    LocalDate end = c.end();
    if (end == null || end.isBefore(e.start())) {
      throw new InvalidInputException("end", "error.episode.end", end, e.start());
    }
    text(c.endReason(), "endReason", "error.episode.endReason", true);
    text(c.result(), "result", "error.episode.result", false);
    List<Goal> goals = new ArrayList<>(e.goals());
    if (c.goalAttainments() != null) {
      if (c.goalAttainments().size() != goals.size()) {
        throw new InvalidInputException("goalAttainments", "error.goal.count",
            c.goalAttainments().size(), goals.size());
      }
      for (int i = 0; i < goals.size(); i++) {
        attainment(c.goalAttainments().get(i), "goalAttainments[" + i + "]");
        goals.set(i, new Goal(goals.get(i).text(), c.goalAttainments().get(i)));
      }
    }
    return new Episode(e.id(), e.client(), e.municipality(), e.type(), e.unit(), e.caseworker(),
        e.groupId(), e.start(), e.plannedEnd(), end, e.purpose(), goals,
        e.content(), or(c.result(), e.result()), c.endReason().trim(), e.revision());
  }

  private static void goalTexts(List<Goal> goals) {
    if (goals.isEmpty()) {
      throw new InvalidInputException("goals", "error.episode.goals");
    }
    for (int i = 0; i < goals.size(); i++) {
      text(goals.get(i) == null ? null : goals.get(i).text(), "goals[" + i + "]", "error.episode.goals", true);
    }
  }

  private static void attainment(Integer value, String field) {
    if (value != null && (value < -2 || value > 2)) {
      throw new InvalidInputException(field, "error.goal.attainment", value);
    }
  }

  private static void text(String value, String field, String key, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidInputException(field, key);
      }
      return;
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidInputException(field, "error.text.tooLong", field, MAX_TEXT);
    }
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }
}
