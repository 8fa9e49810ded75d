package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;

/**
 * A scale's norm taken from the answers themselves, when the instrument publishes none: the SD of
 * the first-occasion scores and Cronbach's α of the scale's items over the complete first answers.
 * Only for sums and means of items; a goal attainment score has no items to take α over.
 *
 * @param n how many complete answers it rests on
 */
record SampleNorm(Norm norm, int n) {
  /** Fewer complete answers give an α too unsteady to classify children by. */
  static final int MINIMUM = 30;

  static SampleNorm of(AnswerTable t, int[] rows, Scale scale, float[] scores) {
    List<float[]> items = new ArrayList<>();
    for (String id : scale.items()) {
      float[] column = t.items(id);
      if (column == null) {
        return null;
      }
      items.add(column);
    }
    int k = items.size();
    if (k < 2 || scale.method() == ScaleMethod.GAS_T_SCORE) {
      return null; // α needs at least two items
    }
    double[] sum = new double[k];
    double[] sumSq = new double[k];
    double score = 0;
    double scoreSq = 0;
    int n = 0;
    for (int r : rows) {
      if (r < 0 || !complete(items, r)) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        double x = items.get(i)[r];
        sum[i] += x;
        sumSq[i] += x * x;
      }
      score += scores[r];
      scoreSq += (double) scores[r] * scores[r];
      n++;
    }
    if (n < MINIMUM) {
      return null;
    }
    double itemVariances = 0;
    for (int i = 0; i < k; i++) {
      itemVariances += variance(sum[i], sumSq[i], n);
    }
    // The score of a complete answer is the sum of its items (the mean: the sum over k), reverse
    // items already turned: its variance is the total's, which raw item values would not give.
    double scoreVariance = variance(score, scoreSq, n);
    double totalVariance = scale.method() == ScaleMethod.MEAN ? scoreVariance * k * k : scoreVariance;
    double alpha = (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    double sd = Math.sqrt(scoreVariance);
    Norm norm = new Norm(score / n, sd, alpha);
    return norm.usable() ? new SampleNorm(norm, n) : null;
  }

  private static boolean complete(List<float[]> items, int r) {
    for (float[] column : items) {
      if (Float.isNaN(column[r])) {
        return false;
      }
    }
    return true;
  }

  /** The sample variance (n − 1). */
  private static double variance(double sum, double sumSq, int n) {
    return (sumSq - sum * sum / n) / (n - 1);
  }
}
