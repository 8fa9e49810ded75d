package se.pejl.benchmark;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorResult;

/**
 * (b): one indicator of the set, {@value #INDICATOR}, as one hand-written GROUP BY on the same
 * database: the mean child-wellbeing total per occasion × municipality × gender, from answers that
 * have their demographic snapshot. Only these detail cells: the engine also gives totals over
 * municipality and gender (occasion has none), which would take a second query or ROLLUP.
 */
final class SqlBaseline {
    static final String INDICATOR = "wellbeing-at-occasion";
    static final int WARM_RUNS = 3;
    static final String SQL = "SELECT r.OCCASION, r.MUNICIPALITY, r.GENDER, COUNT(*), AVG(s.SCORE)"
            + " FROM RESPONSE r JOIN RESPONSE_SCORE s ON s.RESPONSE_ID = r.ID"
            + " WHERE r.INSTRUMENT_ID = 'child-wellbeing' AND r.INSTRUMENT_VERSION = 1 AND s.SCALE_ID = 'total'"
            + " AND r.OCCASION IN ('start', 'end', 'followup-6m') AND r.GENDER IS NOT NULL"
            + " GROUP BY r.OCCASION, r.MUNICIPALITY, r.GENDER";

    /** Times in nanoseconds. */
    record Figures(long first, long warm, Comparison.Outcome check) {
    }

    private final PrintStream out;

    SqlBaseline(PrintStream out) {
        this.out = out;
    }

    /** On a connection of a freshly booted database: the first run also reads its pages from disk. */
    Figures run(Connection c, IndicatorResult engineDetail) throws SQLException {
        long t = System.nanoTime();
        List<Comparison.Computed> cells = query(c);
        long first = System.nanoTime() - t;
        long[] warm = new long[WARM_RUNS];
        for (int i = 0; i < warm.length; i++) {
            t = System.nanoTime();
            query(c);
            warm[i] = System.nanoTime() - t;
        }
        // Only detail cells: the query computes no totals (see the class comment).
        Comparison.Outcome check = Comparison.of(engineDetail, cells, key -> !key.containsValue(Cell.ALL));
        Figures figures = new Figures(first, Timing.median(warm), check);
        out.printf("  (b) SQL GROUP BY for %s (%d detail cells occasion × municipality × gender, no totals):"
                + " first %s, warm median of %d %s%n", INDICATOR, cells.size(), Timing.format(first), WARM_RUNS,
                Timing.format(figures.warm()));
        out.printf("      same numbers as the engine: %s%n", check.line());
        return figures;
    }

    /** Prepared, executed and read to the end each time: what a report query costs. */
    private static List<Comparison.Computed> query(Connection c) throws SQLException {
        List<Comparison.Computed> cells = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(SQL); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                cells.add(new Comparison.Computed(
                        Map.of("occasion", rs.getString(1), "municipality", rs.getString(2), "gender", rs.getString(3)),
                        rs.getLong(4), rs.getDouble(5)));
            }
        }
        return cells;
    }
}
