package se.pejl.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.pejl.api.PejlUser;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;

/**
 * (a): every indicator in {@code engine.indicators()} through the engine, as a report of the whole
 * set asks for them, first (cold), then {@value #WARM_RUNS} times more with nothing changed (warm: the
 * engine gives the tables it computed, after asking the database what changed), then {@value
 * #WARM_RUNS} times each after one new answer (every table computed again).
 */
final class FullSet {
    static final int WARM_RUNS = 5;

    /**
     * Times in nanoseconds; per indicator the cold time and the median of the warm ones; the
     * results of the cold run, and the evaluations that threw.
     */
    record Figures(int indicators, long cold, long warm, long afterChange, Map<String, Long> coldPerIndicator,
            Map<String, Long> warmPerIndicator, Map<String, IndicatorResult> results, List<String> failures) {

        /** The warm medians of the given indicators, added up. */
        long warmOf(List<String> ids) {
            return ids.stream().mapToLong(id -> warmPerIndicator.getOrDefault(id, 0L)).sum();
        }
    }

    private final IndicatorEngine engine;
    private final PejlUser user;
    private final PrintStream out;

    FullSet(IndicatorEngine engine, PejlUser user, PrintStream out) {
        this.engine = engine;
        this.user = user;
        this.out = out;
    }

    /**
     * @param change makes one change the engine must see (a new answer), so that the runs after it
     *     recompute every table instead of reusing the ones computed before
     */
    Figures measure(Runnable change) {
        List<IndicatorInfo> set = engine.indicators();
        Map<String, Long> coldTimes = new LinkedHashMap<>();
        Map<String, IndicatorResult> results = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long cold = once(set, results, coldTimes, failures);
        out.printf("  (a) cold, first full set of %d indicators: %s%n", set.size(), Timing.format(cold));
        out.printf("      split by: %s%n", splits(set));
        out.printf("      per indicator: %s%n", line(coldTimes));
        failures.forEach(f -> out.println("      FAILED " + f));

        long[] runs = new long[WARM_RUNS];
        Map<String, long[]> perIndicator = new LinkedHashMap<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            Map<String, Long> times = new LinkedHashMap<>();
            runs[i] = once(set, new LinkedHashMap<>(), times, new ArrayList<>());
            int run = i;
            times.forEach((id, nanos) -> perIndicator.computeIfAbsent(id, k -> new long[WARM_RUNS])[run] = nanos);
        }
        Map<String, Long> warmTimes = new LinkedHashMap<>();
        perIndicator.forEach((id, times) -> warmTimes.put(id, Timing.median(times)));
        long warm = Timing.median(runs);
        out.printf("  (a) warm, median of %d full sets: %s (runs: %s)%n", WARM_RUNS, Timing.format(warm), all(runs));
        out.printf("      per indicator, median: %s%n", line(warmTimes));

        long[] changed = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            change.run();
            // (b) and (c) read the database after these answers: they are checked against the last run.
            results = new LinkedHashMap<>();
            changed[i] = once(set, results, new LinkedHashMap<>(), failures);
        }
        long afterChange = Timing.median(changed);
        out.printf("  (a) after one new answer each time, median of %d full sets: %s (runs: %s)%n", WARM_RUNS,
                Timing.format(afterChange), all(changed));
        return new Figures(set.size(), cold, warm, afterChange, coldTimes, warmTimes, results, failures);
    }

    /** The whole set once; total nanoseconds. */
    private long once(List<IndicatorInfo> set, Map<String, IndicatorResult> results, Map<String, Long> times,
            List<String> failures) {
        long started = System.nanoTime();
        for (IndicatorInfo info : set) {
            long t = System.nanoTime();
            try {
                results.put(info.id(), engine.evaluate(user, info.id(), IndicatorQuery.by(by(info))));
            } catch (RuntimeException e) {
                // Reported with the figures, so that one broken indicator does not hide the others' times.
                failures.add(info.id() + ": " + e);
            }
            times.put(info.id(), System.nanoTime() - t);
        }
        return System.nanoTime() - started;
    }

    /**
     * Municipality × gender as far as the indicator's breakdowns allow, after the dimensions its
     * definition must always be split by (occasion, where one child counts once per occasion).
     */
    static String[] by(IndicatorInfo info) {
        List<String> by = new ArrayList<>(info.mustSplitBy());
        for (String dimension : List.of("municipality", "gender")) {
            if (info.breakdowns().contains(dimension) && !by.contains(dimension)) {
                by.add(dimension);
            }
        }
        return by.toArray(String[]::new);
    }

    /** Each distinct split and how many indicators use it, e.g. {@code municipality,gender ×7}. */
    private static String splits(List<IndicatorInfo> set) {
        Map<String, Integer> count = new LinkedHashMap<>();
        set.forEach(info -> count.merge(String.join(",", by(info)), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        count.forEach((by, n) -> parts.add(by + " ×" + n));
        return String.join("; ", parts);
    }

    private static String line(Map<String, Long> times) {
        List<String> parts = new ArrayList<>();
        times.forEach((id, nanos) -> parts.add(id + " " + Timing.format(nanos)));
        return String.join(", ", parts);
    }

    private static String all(long[] nanos) {
        List<String> parts = new ArrayList<>();
        for (long n : nanos) {
            parts.add(Timing.format(n));
        }
        return String.join(", ", parts);
    }
}
