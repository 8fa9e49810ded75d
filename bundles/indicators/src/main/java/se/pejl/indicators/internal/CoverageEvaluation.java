package se.pejl.indicators.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.pejl.api.followup.MeasurementPlans;
import se.pejl.api.followup.MeasurementPlans.OccasionWindow;

/**
 * Coverage: of the occasions that have come due (due day not after today) and are not marked as not
 * applicable, the share where every instrument of the occasion was answered within its window.
 * One observation per occasion, placed in a period by its due day.
 */
final class CoverageEvaluation {
  private final MeasurementPlans plans;

  CoverageEvaluation(MeasurementPlans plans) {
    this.plans = plans;
  }

  void observe(IndicatorDefinition def, Facts facts, LocalDate today, Observations out) {
    EpisodeTable e = facts.episodes;
    Set<Integer> types = EpisodeEvaluation.codes(facts, def.source().episodeTypes());
    Due[][] due = facts.derived(List.of("due", types, today), () -> dueAndAnswered(facts, types, today));
    Subjects subjects = Subjects.of(e);
    for (int r = 0; r < e.size; r++) {
      for (Due d : due[r] == null ? new Due[0] : due[r]) {
        if (!e.isNotApplicable(r, d.occasion)) {
          out.add(subjects, r, d.day, d.occasion, 0, d.measured() ? 1 : 0);
        }
      }
    }
  }

  /** Every episode's due occasions, each knowing which of its instruments were answered in time. */
  private Due[][] dueAndAnswered(Facts facts, Set<Integer> types, LocalDate today) {
    EpisodeTable e = facts.episodes;
    Due[][] due = new Due[e.size][];
    for (int r = 0; r < e.size; r++) {
      if (types.isEmpty() || types.contains(e.type[r])) {
        due[r] = due(facts, r, today);
      }
    }
    markAnswered(facts, due);
    return due;
  }

  /** The episode's occasions due by today, each with the instruments it asks for. */
  private Due[] due(Facts facts, int r, LocalDate today) {
    EpisodeTable e = facts.episodes;
    List<OccasionWindow> windows = plans.windows(facts.types.value(e.type[r]), day(e.start[r]),
        day(e.plannedEnd[r]), day(e.end[r]), today);
    Due[] due = new Due[windows.size()];
    for (int i = 0; i < due.length; i++) {
      OccasionWindow w = windows.get(i);
      int[] instruments = w.instruments().stream().mapToInt(facts.instruments::find).toArray();
      due[i] = new Due(facts.occasions.code(w.key()), (int) w.due().toEpochDay(), (int) w.from().toEpochDay(),
          (int) w.to().toEpochDay(), instruments, new boolean[instruments.length]);
    }
    return due;
  }

  /** Every answer inside the window of its episode's occasion marks its instrument as answered there. */
  private static void markAnswered(Facts facts, Due[][] due) {
    for (AnswerTable t : facts.answerTables()) {
      int instrument = facts.instruments.find(t.instrument);
      for (int r = 0; r < t.size; r++) {
        int e = t.episodeRow[r];
        if (e < 0 || due[e] == null) {
          continue;
        }
        for (Due d : due[e]) {
          if (d.occasion == t.occasion[r] && t.day[r] >= d.from && t.day[r] <= d.to) {
            d.answered(instrument);
          }
        }
      }
    }
  }

  private static LocalDate day(int epochDay) {
    return epochDay == Columns.NO_DAY ? null : LocalDate.ofEpochDay(epochDay);
  }

  /** One due occasion and which of its instruments have an answer inside its window. */
  private record Due(int occasion, int day, int from, int to, int[] instruments, boolean[] answered) {
    void answered(int instrument) {
      for (int i = 0; i < instruments.length; i++) {
        if (instruments[i] == instrument) {
          answered[i] = true;
        }
      }
    }

    boolean measured() {
      for (boolean a : answered) {
        if (!a) {
          return false;
        }
      }
      return true;
    }
  }
}
