package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Scale;

/**
 * Count, share, mean and median over answers to one instrument: one observation per answer (per
 * scale, when the indicator is split by the BBIC areas of the instrument's scales). Only answers
 * with their snapshot count; scores of a version whose scale is not declared the same as the
 * newest version's are left out, as they measure something else.
 */
final class AnswerEvaluation {
  private final InstrumentRegistry instruments;

  AnswerEvaluation(InstrumentRegistry instruments) {
    this.instruments = instruments;
  }

  void observe(IndicatorDefinition def, Facts facts, AgeBands bands, Observations out) {
    Source src = def.source();
    AnswerTable t = facts.answers(src.instrument());
    if (t == null) {
      return;
    }
    Set<Integer> occasions = new HashSet<>();
    src.occasions().forEach(o -> occasions.add(facts.occasions.find(o)));
    Subjects subjects = Subjects.of(t, facts, bands);
    List<ScaleColumn> columns = columns(def, t);
    for (int r = 0; r < t.size; r++) {
      if (!t.counted(r) || (!occasions.isEmpty() && !occasions.contains(t.occasion[r]))) {
        continue;
      }
      if (def.kind() == Kind.COUNT) {
        out.add(subjects, r, t.day[r], t.occasion[r], 0, 1);
        continue;
      }
      if (def.kind() == Kind.SHARE) {
        share(def, t, r, subjects, out);
        continue;
      }
      for (ScaleColumn c : columns) {
        float score = c.scores[r];
        if (!Float.isNaN(score) && c.versions.contains(t.version[r])) {
          out.add(subjects, r, t.day[r], t.occasion[r], c.area, score);
        }
      }
    }
  }

  private static void share(IndicatorDefinition def, AnswerTable t, int r, Subjects subjects, Observations out) {
    Condition.Within c = (Condition.Within) def.source().condition();
    float[] column = c.item() ? t.items(c.id()) : t.scores(c.id());
    float v = column == null ? Float.NaN : column[r];
    if (Float.isNaN(v) && !def.source().missingAsNo()) {
      return;
    }
    out.add(subjects, r, t.day[r], t.occasion[r], 0, !Float.isNaN(v) && c.holds(v) ? 1 : 0);
  }

  /** The scale columns a mean or median reads, with the versions whose scores count. */
  private List<ScaleColumn> columns(IndicatorDefinition def, AnswerTable t) {
    List<ScaleColumn> columns = new ArrayList<>();
    if (def.kind() != Kind.MEAN && def.kind() != Kind.MEDIAN) {
      return columns;
    }
    Instrument newest = instruments.find(def.source().instrument()).orElse(null);
    if (newest == null) {
      return columns; // withdrawn: which scales its answers were on is no longer known for sure
    }
    Set<Integer> versions = versions(t);
    for (Scale s : newest.scales()) {
      boolean wanted = def.source().everyArea() ? s.bbicArea() != null : s.id().equals(def.source().scale());
      float[] scores = t.scores(s.id());
      if (wanted && scores != null) {
        int area = s.bbicArea() == null ? 0 : BbicArea.of(s.bbicArea()).map(a -> a.ordinal() + 1).orElse(0);
        columns.add(new ScaleColumn(scores, comparable(versions, newest, s.id()), area));
      }
    }
    return columns;
  }

  /** The versions the instrument was answered under: read once, not once per scale. */
  private static Set<Integer> versions(AnswerTable t) {
    Set<Integer> seen = new HashSet<>();
    for (int r = 0; r < t.size; r++) {
      seen.add(t.version[r]);
    }
    return seen;
  }

  private Set<Integer> comparable(Set<Integer> versions, Instrument newest, String scale) {
    Set<Integer> comparable = new HashSet<>();
    for (int v : versions) {
      if (instruments.comparable(newest.id(), scale, v, newest.version())) {
        comparable.add(v);
      }
    }
    return comparable;
  }

  private record ScaleColumn(float[] scores, Set<Integer> versions, int area) {}
}
