package se.pejl.followup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeRevision.FieldChange;
import se.pejl.api.followup.Goal;

/** What changed between two states of an episode, field by field, for its revision history. */
final class EpisodeDiff {
  private EpisodeDiff() {}

  static List<FieldChange> between(Episode before, Episode after) {
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "unit", before.unit(), after.unit());
    add(changes, "caseworker", before.caseworker(), after.caseworker());
    add(changes, "plannedEnd", before.plannedEnd(), after.plannedEnd());
    add(changes, "end", before.end(), after.end());
    add(changes, "purpose", before.purpose(), after.purpose());
    add(changes, "goals", goals(before.goals()), goals(after.goals()));
    add(changes, "content", before.content(), after.content());
    add(changes, "result", before.result(), after.result());
    add(changes, "endReason", before.endReason(), after.endReason());
    return changes;
  }

  private static void add(List<FieldChange> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, text(before), text(after)));
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String goals(List<Goal> goals) {
    return goals.stream()
        .map(g -> g.text() + (g.attainment() == null ? "" : " [" + g.attainment() + "]"))
        .collect(Collectors.joining("\n"));
  }
}
