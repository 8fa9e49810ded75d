package se.pejl.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorResult;

/**
 * (c): the practical limit of this machine. The same answers held in plain arrays (loaded untimed by
 * {@link AnswerArrays}), and the engine's answer-based indicators computed by municipality × gender
 * with totals in one pass over the answers and two over the episodes (the reliable change index
 * needs the sample norm of all first answers before any child's change can be classified).
 *
 * <p>The rules are the engine's, restated here so that equal numbers mean something: an answer
 * counts once it has its snapshot; a child's pair is its latest answer at each occasion (later day,
 * then higher id); the child is placed by the first answer; the norm is {@code SampleNorm}'s.
 */
final class ArrayBaseline {
    static final int RUNS = 7;
    /** Engine ids, in the order the pass computes them. */
    static final List<String> INDICATORS = List.of("wellbeing-at-occasion", "wellbeing-improved",
            "wellbeing-mean-change", "wellbeing-reliably-improved", "wellbeing-reliably-worsened",
            "wellbeing-reliably-improved-6m", "wellbeing-reliably-worsened-6m");
    /**
     * The tables the pass fills: one per occasion (start, end, followup-6m) for the first indicator,
     * then one for each of the others, in the order of {@link #INDICATORS}.
     */
    private static final int IMPROVED = 3;
    private static final int MEAN_CHANGE = 4;
    private static final int RELIABLY_IMPROVED = 5;
    private static final int RELIABLY_WORSENED = 6;
    private static final int RELIABLY_IMPROVED_6M = 7;
    private static final int RELIABLY_WORSENED_6M = 8;
    private static final int TABLES = 9;
    private static final double CRITICAL = 1.96;
    private static final int GENDERS = 3;

    /** Times in nanoseconds. */
    record Figures(long median, Map<String, Comparison.Outcome> checks) {
    }

    private final AnswerArrays a;
    private final int width;
    private final int cells;

    ArrayBaseline(AnswerArrays arrays) {
        this.a = arrays;
        this.width = GENDERS + 1;
        this.cells = (arrays.municipalities.size() + 1) * width;
    }

    Figures run(PrintStream out, Map<String, IndicatorResult> engine) {
        long[] runs = new long[RUNS];
        Sums sums = null;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            sums = pass();
            runs[i] = System.nanoTime() - t;
        }
        Map<String, Comparison.Outcome> checks = new LinkedHashMap<>();
        for (int k = 0; k < INDICATORS.size(); k++) {
            IndicatorResult result = engine.get(INDICATORS.get(k));
            if (result != null) {
                int table = k == 0 ? 0 : IMPROVED + k - 1;
                boolean byOccasion = result.breakdown().contains("occasion");
                checks.put(INDICATORS.get(k), Comparison.of(result, sums.cells(table, byOccasion), key -> true));
            }
        }
        long median = Timing.median(runs);
        out.printf("  (c) plain Java over arrays, %d answers of %d episodes, %d indicators × municipality × gender"
                + " with totals: median of %d %s%n", a.size, a.episodes, INDICATORS.size(), RUNS, Timing.format(median));
        checks.forEach((id, outcome) -> out.printf("      same numbers as the engine, %s: %s%n", id, outcome.line()));
        return new Figures(median, checks);
    }

    /**
     * Counts and sums per table and cell; cell = (municipality + 1) × 4 + gender + 1, 0 meaning
     * all. The first indicator, over answers at three occasions, has a table per occasion (it has
     * no total over occasions: a child counts once at each).
     */
    private final class Sums {
        final long[][] n = new long[TABLES][cells];
        final double[][] sum = new double[TABLES][cells];

        void add(int indicator, int municipality, int gender, double value) {
            long[] ns = n[indicator];
            double[] ss = sum[indicator];
            int m = (municipality + 1) * width;
            int g = gender + 1;
            ns[m + g]++;
            ss[m + g] += value;
            ns[m]++;
            ss[m] += value;
            ns[g]++;
            ss[g] += value;
            ns[0]++;
            ss[0] += value;
        }

        /** The indicator's cells, split by occasion as the engine's table is (the first indicator only). */
        List<Comparison.Computed> cells(int indicator, boolean byOccasion) {
            List<Comparison.Computed> out = new ArrayList<>();
            int tables = indicator == 0 ? 3 : 1;
            for (int cell = 0; cell < cells; cell++) {
                int m = cell / width;
                int g = cell % width;
                String municipality = m == 0 ? Cell.ALL : a.municipalities.get(m - 1);
                String gender = g == 0 ? Cell.ALL : AnswerArrays.GENDERS[g - 1];
                long pooledN = 0;
                double pooledSum = 0;
                for (int t = 0; t < tables; t++) {
                    long count = n[indicator + t][cell];
                    double total = sum[indicator + t][cell];
                    pooledN += count;
                    pooledSum += total;
                    if (byOccasion) {
                        out.add(new Comparison.Computed(Map.of("occasion", AnswerArrays.OCCASIONS.get(t),
                                "municipality", municipality, "gender", gender), count, total / count));
                    }
                }
                if (!byOccasion) {
                    out.add(new Comparison.Computed(Map.of("municipality", municipality, "gender", gender), pooledN,
                            pooledSum / pooledN));
                }
            }
            return out;
        }
    }

    private Sums pass() {
        Sums s = new Sums();
        int[] latest = new int[a.episodes * 3];
        java.util.Arrays.fill(latest, -1);
        for (int i = 0; i < a.size; i++) {
            int o = a.occasion[i];
            if (o > AnswerArrays.FOLLOWUP) {
                continue;
            }
            s.add(o, a.municipality[i], a.gender[i], a.total[i]);
            int slot = a.episode[i] * 3 + o;
            int was = latest[slot];
            if (was < 0 || a.day[i] > a.day[was] || (a.day[i] == a.day[was] && a.id[i] > a.id[was])) {
                latest[slot] = i;
            }
        }
        double sDiff = standardErrorOfDifference(latest);
        for (int e = 0; e < a.episodes; e++) {
            int first = latest[e * 3];
            if (first < 0) {
                continue;
            }
            int m = a.municipality[first];
            int g = a.gender[first];
            int end = latest[e * 3 + AnswerArrays.END];
            if (end >= 0) {
                double difference = a.total[end] - a.total[first];
                boolean reliable = Math.abs(difference / sDiff) > CRITICAL;
                s.add(IMPROVED, m, g, difference > 0 ? 1 : 0);
                s.add(MEAN_CHANGE, m, g, difference);
                s.add(RELIABLY_IMPROVED, m, g, reliable && difference > 0 ? 1 : 0);
                s.add(RELIABLY_WORSENED, m, g, reliable && difference < 0 ? 1 : 0);
            }
            int followup = latest[e * 3 + AnswerArrays.FOLLOWUP];
            if (followup >= 0) {
                double difference = a.total[followup] - a.total[first];
                boolean reliable = Math.abs(difference / sDiff) > CRITICAL;
                s.add(RELIABLY_IMPROVED_6M, m, g, reliable && difference > 0 ? 1 : 0);
                s.add(RELIABLY_WORSENED_6M, m, g, reliable && difference < 0 ? 1 : 0);
            }
        }
        return s;
    }

    /**
     * Jacobson–Truax's S_diff = √2 · SD · √(1 − α) from the sample, as SampleNorm computes it: over
     * each child's latest first answer with every item answered, α from the raw items' variances
     * (turning an item, 4 − x, leaves its variance as it is) and the variance of the totals, which
     * have the reverse items turned; SD of those totals.
     */
    private double standardErrorOfDifference(int[] latest) {
        int k = AnswerArrays.ITEMS;
        double[] sum = new double[k];
        double[] sumSq = new double[k];
        double score = 0;
        double scoreSq = 0;
        int n = 0;
        for (int e = 0; e < a.episodes; e++) {
            int r = latest[e * 3];
            if (r < 0 || !a.complete(r)) {
                continue;
            }
            for (int i = 0; i < k; i++) {
                double x = a.items[r * k + i];
                sum[i] += x;
                sumSq[i] += x * x;
            }
            score += a.total[r];
            scoreSq += (double) a.total[r] * a.total[r];
            n++;
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += variance(sum[i], sumSq[i], n);
        }
        double scoreVariance = variance(score, scoreSq, n);
        double alpha = (double) k / (k - 1) * (1 - itemVariances / scoreVariance);
        return Math.sqrt(2) * Math.sqrt(scoreVariance) * Math.sqrt(1 - alpha);
    }

    private static double variance(double sum, double sumSq, int n) {
        return (sumSq - sum * sum / n) / (n - 1);
    }
}
