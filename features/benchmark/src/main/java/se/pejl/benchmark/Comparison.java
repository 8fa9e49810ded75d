package se.pejl.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorResult;

/**
 * Whether figures computed outside the engine are the engine's: the same n and value in every cell
 * the engine published. Cells the engine suppressed carry no figures, so they are counted, not
 * compared; a computed cell the engine does not have at all is a difference.
 */
final class Comparison {
    /** Means are sums over at most a million small integers: far below this, unless they differ. */
    private static final double TOLERANCE = 1e-9;

    /** One computed cell, keyed like the engine's ({@code municipality=1496, gender=ALL}). */
    record Computed(Map<String, String> key, long n, double value) {
    }

    record Outcome(int compared, int suppressed, List<String> differences) {
        boolean same() {
            return differences.isEmpty() && compared > 0;
        }

        String line() {
            String verdict = same() ? "yes" : "NO";
            String detail = compared + " cells compared, " + suppressed + " suppressed by the engine not comparable";
            return differences.isEmpty() ? verdict + " (" + detail + ")"
                    : verdict + " (" + detail + "; " + differences.size() + " differ, e.g. "
                            + differences.subList(0, Math.min(3, differences.size())) + ")";
        }
    }

    private Comparison() {
    }

    /**
     * @param scope which of the engine's cells the computation covers, e.g. only detail cells
     */
    static Outcome of(IndicatorResult engine, List<Computed> computed, Predicate<Map<String, String>> scope) {
        Map<Map<String, String>, Computed> byKey = new HashMap<>();
        computed.stream().filter(c -> c.n() > 0).forEach(c -> byKey.put(c.key(), c));
        int compared = 0;
        int suppressed = 0;
        List<String> differences = new ArrayList<>();
        for (Cell cell : engine.cells()) {
            if (!scope.test(cell.key())) {
                continue;
            }
            Computed mine = byKey.remove(cell.key());
            if (cell.suppressed()) {
                suppressed++;
                continue;
            }
            if (cell.n() == 0) {
                if (mine != null) {
                    differences.add(cell.key() + ": engine n=0, computed n=" + mine.n());
                }
                continue;
            }
            compared++;
            if (mine == null) {
                differences.add(cell.key() + ": engine n=" + cell.n() + ", not computed");
            } else if (mine.n() != cell.n() || Math.abs(mine.value() - cell.value()) > TOLERANCE * Math.max(1, Math.abs(mine.value()))) {
                differences.add(cell.key() + ": engine n=" + cell.n() + " value=" + cell.value() + ", computed n="
                        + mine.n() + " value=" + mine.value());
            }
        }
        byKey.values().forEach(c -> differences.add(c.key() + ": computed n=" + c.n() + ", not in the engine's table"));
        return new Outcome(compared, suppressed, differences);
    }
}
