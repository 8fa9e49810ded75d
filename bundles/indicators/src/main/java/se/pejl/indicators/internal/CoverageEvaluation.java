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
    // The plans' windows follow from the episodes alone: a new answer does not make them again.
    Due[][] due = facts.derivedFromEpisodes(List.of("due", types, today), () -> due(facts, types, today));
    int[][] answered = answered(facts, due);
    Subjects subjects = Subjects.of(e);
    for (int r = 0; r < e.size; r++) {
      for (int i = 0; due[r] != null && i < due[r].length; i++) {
        Due d = due[r][i];
        if (!e.isNotApplicable(r, d.occasion)) {
          out.add(subjects, r, d.day, d.occasion, 0, d.measuredBy(answered[r][i]) ? 1 : 0);
        }
      }
    }
  }

  /** Every episode's occasions due by today, each with the instruments it asks for. */
  private Due[][] due(Facts facts, Set<Integer> types, LocalDate today) {
    EpisodeTable e = facts.episodes;
    Due[][] due = new Due[e.size][];
    for (int r = 0; r < e.size; r++) {
      if (!types.isEmpty() && !types.contains(e.type[r])) {
        continue;
      }
      List<OccasionWindow> windows = plans.windows(facts.types.value(e.type[r]), day(e.start[r]),
          day(e.plannedEnd[r]), day(e.end[r]), today);
      due[r] = new Due[windows.size()];
      for (int i = 0; i < windows.size(); i++) {
        OccasionWindow w = windows.get(i);
        due[r][i] = new Due(facts.occasions.code(w.key()), (int) w.due().toEpochDay(), (int) w.from().toEpochDay(),
            (int) w.to().toEpochDay(), w.instruments().stream().mapToInt(facts.instruments::code).toArray());
      }
    }
    return due;
  }

  /** For each due occasion, a bit per instrument answered inside its window. */
  private static int[][] answered(Facts facts, Due[][] due) {
    int[][] answered = new int[due.length][];
    for (int r = 0; r < due.length; r++) {
      answered[r] = due[r] == null ? null : new int[due[r].length];
    }
    for (AnswerTable t : facts.answerTables()) {
      int instrument = facts.instruments.find(t.instrument);
      for (int r = 0; r < t.size; r++) {
        int e = t.episodeRow[r];
        if (e < 0 || e >= due.length || due[e] == null) {
          continue;
        }
        for (int i = 0; i < due[e].length; i++) {
          Due d = due[e][i];
          if (d.occasion == t.occasion[r] && t.day[r] >= d.from && t.day[r] <= d.to) {
            answered[e][i] |= d.bitOf(instrument);
          }
        }
      }
    }
    return answered;
  }

  private static LocalDate day(int epochDay) {
    return epochDay == Columns.NO_DAY ? null : LocalDate.ofEpochDay(epochDay);
  }

  /** One due occasion: its day, window and instruments (at most 31). */
  private record Due(int occasion, int day, int from, int to, int[] instruments) {
    int bitOf(int instrument) {
      int bits = 0;
      for (int i = 0; i < instruments.length && i < Integer.SIZE - 1; i++) {
        if (instruments[i] == instrument) {
          bits |= 1 << i;
        }
      }
      return bits;
    }

    boolean measuredBy(int answeredBits) {
      int all = (1 << Math.min(instruments.length, Integer.SIZE - 1)) - 1;
      return (answeredBits & all) == all;
    }
  }
}
