package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/**
 * How I feel has no published norm, so reliable change takes the sample's: the SD of the start
 * scores and Cronbach's α of q1–q5 over the complete start answers, from 30 on. The worked sample:
 * ten children each answering (1,1,1,1,2), (2,2,2,3,3) and (3,3,4,4,4), totals 6, 12 and 18.
 * <pre>
 * total:   mean 12, Σ(x − 12)² = 20·36 = 720, variance 720/29, SD 4.9827
 * items:   q1, q2, q5 take three values one apart: Σ(x − x̄)² = 20, variance 20/29 each
 *          q3 (1,2,4) and q4 (1,3,4): Σ(x − x̄)² = 10·42/9 = 140/3, variance 140/87 each
 *          Σ item variances = 60/29 + 280/87 = 460/87
 * α      = 5/4 · (1 − (460/87) / (720/29)) = 5/4 · (1 − 23/108) = 425/432 = 0.98380
 * S_diff = √2 · 4.9827 · √(1 − 0.98380) = 0.8970; reliable beyond 1.96 · 0.8970 = 1.758
 * </pre>
 * So a change of 2 points is reliable (RCI 2.23) and 1 is not (1.11).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SampleNormTest {
  static final double[][] PATTERNS = {{1, 1, 1, 1, 2}, {2, 2, 2, 3, 3}, {3, 3, 4, 4, 4}};
  final Region region = new Region();

  @Test
  void alpha_and_sd_of_the_worked_sample() {
    SampleNorm sample = SampleNorm.of(table(sample(30)), rows(30), Instruments.WELLBEING_TOTAL, totals(sample(30)));

    assertThat(sample.n()).isEqualTo(30);
    assertThat(sample.norm().reliability()).isCloseTo(425 / 432.0, within(1e-6));
    assertThat(sample.norm().sd()).isCloseTo(Math.sqrt(720 / 29.0), within(1e-6));
    assertThat(sample.norm().mean()).isCloseTo(12, within(1e-6));
    assertThat(sample.norm().standardErrorOfDifference()).isCloseTo(0.8970, within(1e-4));
  }

  @Test
  void alpha_is_cronbachs_as_computed_directly() {
    double[][] answers = sample(30);
    answers[4] = new double[] {0, 1, 0, 2, 1}; // less tidy, so that α is not a round fraction
    answers[17] = new double[] {4, 2, 3, 1, 4};

    SampleNorm sample = SampleNorm.of(table(answers), rows(30), Instruments.WELLBEING_TOTAL, totals(answers));

    assertThat(sample.norm().reliability()).isCloseTo(cronbachsAlpha(answers), within(1e-9));
  }

  @Test
  void the_alpha_of_a_mean_scale_is_that_of_the_sum_and_its_sd_in_the_mean_s_units() {
    double[][] answers = sample(30);
    Scale mean = Instruments.scale("total", ScaleMethod.MEAN, Instruments.items("q", 5), 0, 4, true, null, null,
        null, null);
    float[] means = totals(answers);
    for (int i = 0; i < means.length; i++) {
      means[i] /= 5;
    }

    SampleNorm sample = SampleNorm.of(table(answers), rows(30), mean, means);

    assertThat(sample.norm().reliability()).isCloseTo(425 / 432.0, within(1e-6));
    assertThat(sample.norm().sd()).isCloseTo(Math.sqrt(720 / 29.0) / 5, within(1e-6));
  }

  @Test
  void fewer_than_30_complete_answers_give_no_norm() {
    double[][] answers = sample(30);
    answers[0] = new double[] {1, 1, Double.NaN, 1, 2}; // q3 not answered: 29 complete

    assertThat(SampleNorm.of(table(answers), rows(30), Instruments.WELLBEING_TOTAL, totals(answers))).isNull();
  }

  @Test
  void with_the_sample_norm_a_change_of_two_points_is_reliable_and_one_is_not() {
    List<Region.Episode> children = startAnswers(sample(30));
    end(children.get(0), 6 + 2); //  low: +2, RCI 2.23 improved
    end(children.get(10), 12 + 2); // mid: +2 improved
    end(children.get(1), 6 + 1); //  low: +1, RCI 1.11 not
    end(children.get(20), 18 - 1); // high: −1 not

    IndicatorResult r = evaluate("wellbeing-reliably-improved");

    assertThat(figure(r)).isEqualTo(Figure.of(2 / 4.0, 4));
  }

  @Test
  void with_fewer_than_30_complete_start_answers_no_child_is_categorised() {
    double[][] answers = sample(30);
    answers[2] = new double[] {1, 1, 1, Double.NaN, 2}; // 29 complete; its score is still prorated
    List<Region.Episode> children = startAnswers(answers);
    end(children.get(0), 8);
    end(children.get(10), 14);
    end(children.get(1), 7);
    end(children.get(20), 17);

    IndicatorResult r = evaluate("wellbeing-reliably-improved");

    // n = 0: no criterion, so no child is counted, and an empty cell is never published.
    assertThat(Engines.cell(r).suppressed()).isTrue();
    assertThat(figure(evaluate("wellbeing-mean-change"))).isEqualTo(Figure.of(1, 4)); // the pairs are there
  }

  /** Ten children of each pattern, in turn: rows 0–9 low, 10–19 mid, 20–29 high. */
  private static double[][] sample(int n) {
    double[][] answers = new double[n][];
    for (int i = 0; i < n; i++) {
      answers[i] = PATTERNS[i / 10].clone();
    }
    return answers;
  }

  /** Children in the region, each answering How I feel at the start with one row's items. */
  private List<Region.Episode> startAnswers(double[][] answers) {
    List<Region.Episode> children = new ArrayList<>();
    for (double[] items : answers) {
      Region.Episode e = region.episode("2025-02-01");
      Region.Answer a = e.answers(WELLBEING, "start", "2025-02-03").score("total", prorated(items));
      for (int q = 0; q < items.length; q++) {
        if (!Double.isNaN(items[q])) {
          a.item("q" + (q + 1), items[q]);
        }
      }
      children.add(e);
    }
    return children;
  }

  private static void end(Region.Episode e, double total) {
    e.answers(WELLBEING, "end", "2025-05-27").score("total", total);
  }

  private static AnswerTable table(double[][] answers) {
    AnswerTable t = new AnswerTable(WELLBEING);
    for (int i = 0; i < answers.length; i++) {
      int row = t.append(i + 1);
      for (int q = 0; q < answers[i].length; q++) {
        if (!Double.isNaN(answers[i][q])) {
          t.item(row, "q" + (q + 1), answers[i][q]);
        }
      }
      t.score(row, "total", prorated(answers[i]));
    }
    return t;
  }

  private static int[] rows(int n) {
    int[] rows = new int[n];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  private static float[] totals(double[][] answers) {
    float[] totals = new float[answers.length];
    for (int i = 0; i < answers.length; i++) {
      totals[i] = (float) prorated(answers[i]);
    }
    return totals;
  }

  /** The sum, prorated over the answered items as the forms bundle scores it. */
  private static double prorated(double[] items) {
    double[] answered = Arrays.stream(items).filter(v -> !Double.isNaN(v)).toArray();
    return Arrays.stream(answered).average().orElseThrow() * items.length;
  }

  /** Cronbach's α by the textbook: k/(k − 1) · (1 − Σ item variances / variance of the totals). */
  private static double cronbachsAlpha(double[][] answers) {
    int k = answers[0].length;
    double itemVariances = 0;
    for (int q = 0; q < k; q++) {
      int item = q;
      itemVariances += variance(Arrays.stream(answers).mapToDouble(a -> a[item]).toArray());
    }
    double totalVariance = variance(Arrays.stream(answers).mapToDouble(a -> Arrays.stream(a).sum()).toArray());
    return k / (k - 1.0) * (1 - itemVariances / totalVariance);
  }

  /** Two passes: the mean first, then the squared deviations over n − 1. */
  private static double variance(double[] xs) {
    double mean = Arrays.stream(xs).average().orElseThrow();
    return Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / (xs.length - 1);
  }

  private IndicatorResult evaluate(String indicator) {
    return Engines.engine(region, new Instruments()).evaluate(Engines.ANALYST, indicator, NO_BREAKDOWN);
  }
}
