package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;

/**
 * Count, share of documented, days to the first answer and goal attainment over episodes: one
 * observation per episode, placed in a period by its start day (by its end day for indicators
 * over ended episodes).
 */
final class EpisodeEvaluation {

  void observe(IndicatorDefinition def, Facts facts, Observations out) {
    Source src = def.source();
    EpisodeTable e = facts.episodes;
    Set<Integer> types = codes(facts, src.episodeTypes());
    Subjects subjects = Subjects.of(e);
    int[] firstAnswer = src.measure() == EpisodeMeasure.DAYS_TO_FIRST_ANSWER ? facts.derived("first-answers", () -> firstAnswers(facts)) : null;
    for (int r = 0; r < e.size; r++) {
      boolean ended = e.end[r] != Columns.NO_DAY;
      if ((src.closedOnly() && !ended) || (!types.isEmpty() && !types.contains(e.type[r]))) {
        continue;
      }
      int day = src.closedOnly() ? e.end[r] : e.start[r];
      switch (def.kind()) {
        case COUNT -> out.add(subjects, r, day, 0, 0, 1);
        case SHARE -> out.add(subjects, r, day, 0, 0, documented(e, r, (Condition.Documented) src.condition()) ? 1 : 0);
        case MEAN, MEDIAN -> {
          if (firstAnswer[r] != Columns.NO_DAY) {
            out.add(subjects, r, day, 0, 0, Math.max(0, firstAnswer[r] - e.start[r]));
          }
        }
        case GOAL_ATTAINMENT -> {
          if (e.ratedGoals[r] > 0) {
            out.add(subjects, r, day, 0, 0, ScaleMethod.gasT(e.ratingSum[r], e.ratedGoals[r], Scale.GAS_RHO));
          }
        }
        default -> throw new IllegalArgumentException(def.kind() + " is not computed over episodes");
      }
    }
  }

  private static boolean documented(EpisodeTable e, int r, Condition.Documented c) {
    for (String part : c.parts()) {
      byte bit = switch (part) {
        case "purpose" -> EpisodeTable.PURPOSE;
        case "content" -> EpisodeTable.CONTENT;
        case "result" -> EpisodeTable.RESULT;
        default -> EpisodeTable.GOALS;
      };
      if (!e.has(r, bit)) {
        return false;
      }
    }
    return true;
  }

  /** Each episode's first answer day, to any instrument; {@link Columns#NO_DAY} when none. */
  private static int[] firstAnswers(Facts facts) {
    int[] first = new int[facts.episodes.size];
    Arrays.fill(first, Columns.NO_DAY);
    for (AnswerTable t : facts.answerTables()) {
      for (int r = 0; r < t.size; r++) {
        int e = t.episodeRow[r];
        if (e >= 0 && (first[e] == Columns.NO_DAY || t.day[r] < first[e])) {
          first[e] = t.day[r];
        }
      }
    }
    return first;
  }

  static Set<Integer> codes(Facts facts, Set<String> types) {
    Set<Integer> codes = new HashSet<>();
    types.forEach(t -> codes.add(facts.types.find(t)));
    return codes;
  }
}
