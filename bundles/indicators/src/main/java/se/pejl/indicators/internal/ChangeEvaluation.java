package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;

/**
 * Mean change and reliable change between two occasions: one observation per child (episode) with
 * a score at both, the later answer counting where there are several. The child is placed by the
 * first answer's snapshot and by the second answer's day. Pairs answered under versions whose
 * scale is not declared unchanged are left out: the difference could come from the instrument.
 */
final class ChangeEvaluation {
  private final InstrumentRegistry instruments;

  ChangeEvaluation(InstrumentRegistry instruments) {
    this.instruments = instruments;
  }

  void observe(IndicatorDefinition def, Facts facts, AgeBands bands, Observations out) {
    Source src = def.source();
    AnswerTable t = facts.answers(src.instrument());
    Optional<Scale> scale = instruments.find(src.instrument()).flatMap(i -> i.scale(src.scale()));
    float[] scores = t == null ? null : t.scores(src.scale());
    if (scores == null || scale.isEmpty()) {
      return;
    }
    int first = facts.occasions.find(src.from());
    int[] from = latest(t, facts, src.scale(), first, scores);
    int[] to = latest(t, facts, src.scale(), facts.occasions.find(src.to()), scores);
    Double sDiff = null;
    boolean categorised = def.kind() == Kind.RELIABLE_CHANGE;
    if (categorised && src.category().needsNorm()) {
      Optional<Norm> norm = norm(facts, scale.get(), t, first, scores);
      if (norm.isEmpty() || (def.source().category().needsCutOff() && scale.get().cutOff() == null)) {
        return; // no child's change can be categorised: the cells say n = 0
      }
      sDiff = norm.get().standardErrorOfDifference();
    }
    Subjects subjects = Subjects.of(t, facts, bands);
    // Asked once per pair of versions, not once per child: a million children answer a few versions.
    Map<Long, Boolean> known = new HashMap<>();
    BiPredicate<Integer, Integer> comparable = (v, w) -> known.computeIfAbsent(((long) v << 32) | w,
        k -> instruments.comparable(src.instrument(), src.scale(), v, w));
    for (int e = 0; e < from.length; e++) {
      int a = from[e];
      int b = to[e];
      if (a < 0 || b < 0 || !comparable.test(t.version[a], t.version[b])) {
        continue;
      }
      double difference = scores[b] - scores[a];
      double value = difference;
      if (categorised) {
        Scale s = scale.get();
        value = src.category().holds(difference, sDiff == null ? Double.NaN : sDiff, s.higherIsBetter(),
            s.ofConcern(scores[a]), s.ofConcern(scores[b])) ? 1 : 0;
      }
      out.add(subjects, a, t.day[b], 0, 0, value);
    }
  }

  /** The norm for the scale, taking a sample norm from the answers at {@code first}. */
  Optional<Norm> norm(Facts facts, String instrument, String scaleId, String first) {
    AnswerTable t = facts.answers(instrument);
    Optional<Scale> scale = instruments.find(instrument).flatMap(i -> i.scale(scaleId));
    float[] scores = t == null ? null : t.scores(scaleId);
    if (scale.isEmpty() || scores == null) {
      return scale.flatMap(Scale::usableNorm);
    }
    return norm(facts, scale.get(), t, facts.occasions.find(first), scores);
  }

  /** For each episode row, its latest scored answer at the occasion, or -1; shared by the indicators of the scale. */
  private static int[] latest(AnswerTable t, Facts facts, String scale, int occasion, float[] scores) {
    return facts.derived(List.of("latest", t.instrument, scale, occasion), () -> latestNow(t, facts, occasion, scores));
  }

  private static int[] latestNow(AnswerTable t, Facts facts, int occasion, float[] scores) {
    int[] rows = new int[facts.episodes.size];
    Arrays.fill(rows, -1);
    for (int r = 0; r < t.size; r++) {
      int e = t.episodeRow[r];
      if (e >= 0 && t.occasion[r] == occasion && t.counted(r) && !Float.isNaN(scores[r])) {
        int was = rows[e];
        if (was < 0 || t.day[r] > t.day[was] || (t.day[r] == t.day[was] && t.id[r] > t.id[was])) {
          rows[e] = r;
        }
      }
    }
    return rows;
  }

  /**
   * The scale's published norm; without one, the sample's own, from each child's latest answer at
   * the first occasion (Jacobson &amp; Truax allow the
   * pre-treatment group): SD of every child's first-occasion score and Cronbach's α of the scale's
   * items over the same answers, across the whole region so every cell uses the same criterion.
   */
  private static Optional<Norm> norm(Facts facts, Scale scale, AnswerTable t, int first, float[] scores) {
    return scale.usableNorm().or(() -> facts.derived(List.of("norm", t.instrument, scale.id(), first),
        () -> Optional.ofNullable(SampleNorm.of(t, latest(t, facts, scale.id(), first, scores), scale, scores))
            .map(SampleNorm::norm)));
  }
}
