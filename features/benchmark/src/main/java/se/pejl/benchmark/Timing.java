package se.pejl.benchmark;

import java.util.Arrays;

/** Durations in nanoseconds, as the benchmark measures and prints them. */
final class Timing {

    private Timing() {
    }

    /** The median; of an even count, the lower middle one (a time that was measured). */
    static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /** e.g. {@code 0.42 ms}, {@code 123 ms}, {@code 4.56 s}; a negative time is one not measured, "–". */
    static String format(long nanos) {
        if (nanos < 0) {
            return "–";
        }
        double ms = nanos / 1e6;
        if (ms < 10) {
            return String.format("%.2f ms", ms);
        }
        if (ms < 10_000) {
            return String.format("%.0f ms", ms);
        }
        return String.format("%.2f s", ms / 1000);
    }

    /** Every run, e.g. {@code 12 ms, 9.80 ms, 10 ms}. */
    static String all(long[] nanos) {
        StringBuilder line = new StringBuilder();
        for (long n : nanos) {
            line.append(line.length() == 0 ? "" : ", ").append(format(n));
        }
        return line.toString();
    }

    /** {@code a / b}, as "0.87×", or "–" when either is missing. */
    static String ratio(long a, long b) {
        return a <= 0 || b <= 0 ? "–" : String.format("%.2f×", (double) a / b);
    }
}
