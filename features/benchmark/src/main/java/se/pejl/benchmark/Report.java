package se.pejl.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Step 8: the figures of every size side by side, with the issue's targets. */
final class Report {

    /** Everything measured for one size; times in nanoseconds. */
    record SizeFigures(int answers, int episodes, long rows, long generate, long load, EngineRun.Figures engine,
            SqlBaseline.Figures sql, ArrayBaseline.Figures arrays, long total) {

        FullSet.Figures set() {
            return engine.set();
        }
    }

    private final List<SizeFigures> sizes = new ArrayList<>();

    void add(SizeFigures figures) {
        sizes.add(figures);
    }

    void print(PrintStream out) {
        if (sizes.isEmpty()) {
            return;
        }
        out.println();
        out.println("=== Indicator benchmark: figures per size ===");
        row(out, "answers", s -> String.format("%,d", s.answers()));
        row(out, "episodes / rows loaded", s -> String.format("%,d / %,d", s.episodes(), s.rows()));
        row(out, "bulk load", s -> Timing.format(s.load()));
        row(out, "facts load (start -> engine up)", s -> Timing.format(s.engine().factsLoad()));
        row(out, "(a) full set, cold (first)", s -> Timing.format(s.set().cold()));
        row(out, "(a) full set, warm (median of " + FullSet.WARM_RUNS + ")", s -> Timing.format(s.set().warm()));
        row(out, "(a) full set after one new answer", s -> Timing.format(s.set().afterChange()));
        row(out, "  refresh of the facts, per evaluation", s -> Timing.format(s.engine().refresh()));
        row(out, "  the " + ArrayBaseline.INDICATORS.size() + " answer-based ones (sum of medians)",
                s -> Timing.format(answerBased(s)));
        row(out, "(b) SQL, one indicator, first", s -> Timing.format(s.sql().first()));
        row(out, "(b) SQL, one indicator, warm", s -> Timing.format(s.sql().warm()));
        row(out, "(c) plain Java pass (median of " + ArrayBaseline.RUNS + ")", s -> Timing.format(s.arrays().median()));
        row(out, "warm(a)/(c)         target <= 3", s -> Timing.ratio(s.set().warm(), s.arrays().median()));
        row(out, "after one new answer (a)/(c)", s -> Timing.ratio(s.set().afterChange(), s.arrays().median()));
        row(out, "  answer-based (a) only / (c)", s -> Timing.ratio(answerBased(s), s.arrays().median()));
        row(out, "cold(a)/(b) first   target <= 1", s -> Timing.ratio(s.set().cold(), s.sql().first()));
        row(out, "cold(a)/(b) warm", s -> Timing.ratio(s.set().cold(), s.sql().warm()));
        row(out, "API region table, first  target <= 1 s", s -> Timing.format(s.engine().api().first()));
        row(out, "API region table, warm (median of " + FullSet.WARM_RUNS + ")", s -> Timing.format(s.engine().api().warm()));
        reports(out);
        row(out, "heap used after GC", s -> (s.engine().heapBytes() >> 20) + " MB");
        row(out, "same numbers (b) vs engine", s -> s.sql().check().same() ? "yes" : "NO");
        row(out, "same numbers (c) vs engine", s -> s.arrays().checks().values().stream()
                .allMatch(Comparison.Outcome::same) ? "yes" : "NO");
        row(out, "evaluations that failed", s -> Integer.toString(s.set().failures().size()));
        row(out, "time for the size, all steps", s -> Timing.format(s.total()));
        notes(out, sizes.get(sizes.size() - 1));
    }

    /** Per report: Pejl over HTTP (the issue's request-to-file target), typed, raw, and Pejl over raw. */
    private void reports(PrintStream out) {
        for (ReportCase c : ReportCase.issueSix()) {
            String target = "target <= " + c.target() / 1_000_000_000L + " s";
            row(out, c.label() + ", HTTP first", s -> report(s, c, r -> Timing.format(r.pejl().httpFirst())));
            row(out, "  HTTP warm (median*)  " + target,
                    s -> report(s, c, r -> Timing.format(r.pejl().httpWarm())));
            row(out, "  typed ReportService, first / warm", s -> report(s, c,
                    r -> Timing.format(r.pejl().typedFirst()) + " / " + Timing.format(r.pejl().typedWarm())));
            row(out, "  raw Jasper fill+export, first / warm", s -> raw(s, c,
                    r -> Timing.format(r.raw().first()) + " / " + Timing.format(r.raw().warm())));
            row(out, "  raw warm: fill / export", s -> raw(s, c,
                    r -> Timing.format(r.raw().fill()) + " / " + Timing.format(r.raw().export())));
            row(out, "  rows from the services (median of 3)", s -> raw(s, c, r -> Timing.format(r.collect())));
            row(out, "  Pejl/raw, HTTP warm      target <= 1.2", s -> raw(s, c,
                    r -> Timing.ratio(r.pejl().httpWarm(), r.raw().warm())));
            row(out, "  Pejl/raw, typed warm", s -> raw(s, c, r -> Timing.ratio(r.pejl().typedWarm(), r.raw().warm())));
            row(out, "  Pejl/raw, typed warm without data reads**", s -> raw(s, c,
                    r -> Timing.ratio(r.pejl().typedWarm() - r.collect(), r.raw().warm())));
            row(out, "  rows, pages / bytes", s -> raw(s, c,
                    r -> String.format("%,d, %d / %,d", r.raw().rows(), r.raw().pages(), r.pejl().httpBytes())));
        }
    }

    private static String report(SizeFigures s, ReportCase c, Function<ReportStep.CaseFigures, String> value) {
        ReportStep.CaseFigures r = s.engine().reports().of(c.id());
        return r == null || r.pejl() == null ? "FAILED" : value.apply(r);
    }

    private static String raw(SizeFigures s, ReportCase c, Function<ReportStep.CaseFigures, String> value) {
        ReportStep.CaseFigures r = s.engine().reports().of(c.id());
        return r == null || r.raw() == null ? "FAILED" : value.apply(r);
    }

    private static void notes(PrintStream out, SizeFigures last) {
        out.println();
        out.printf("The full set had %d indicators, each by municipality × gender where its breakdowns allow gender,"
                + " else by municipality, after the dimensions its definition must be split by (occasion, BBIC area:"
                + " the engine refuses a table that would count one child several times).%n", last.set().indicators());
        out.printf("(c) covers the %d answer-based indicators only (%s); the process indicators over episodes,"
                + " occasions and links are in (a) but not in (c), so warm(a)/(c) is conservative; the row below it"
                + " compares like with like.%n",
                ArrayBaseline.INDICATORS.size(), String.join(", ", ArrayBaseline.INDICATORS));
        out.printf("(b) computes only the occasion × municipality × gender detail cells of %s; the engine also"
                + " gives the totals over municipality and gender.%n", SqlBaseline.INDICATOR);
        out.println("The API's first request comes after (a), so the engine is warm for it; it is the first use of"
                + " the REST resource, its JSON binding and authentication.");
        out.printf("Reports: region comparison of %s as analyst.region; overview of Skövde (%s) %s; coverage of"
                + " the occasions of %s due %s as Skövde's manager. HTTP, typed and raw take turns; HTTP's first"
                + " request is the reports bundle's first fill after the start (cold), the typed first call and raw's"
                + " first come right after it. Raw: the same compiled"
                + " template filled from a JRBeanCollectionDataSource of beans built from the same services' results"
                + " (untimed), exported with the bundle's settings; fill + export only. Raw's Jasper classes stay"
                + " loaded (and compiled by the JIT) from one size to the next; the bundle's are loaded anew with each"
                + " start of Pejl.%n",
                "wellbeing-improved", ReportCase.SKOVDE.value(), ReportCase.OVERVIEW_PERIOD,
                ReportCase.COVERAGE_UNIT, ReportCase.COVERAGE_PERIOD);
        out.printf("* Warm: the median of %d runs (%d of a report under 200 ms) after the first (cold) and %d more not"
                + " counted (the JIT still compiling), for Pejl and raw alike.%n", PejlReports.WARM_RUNS,
                PejlReports.MANY_RUNS, PejlReports.WARM_UP);
        out.println("  A Pejl call slower than the budget (-Dpejl.benchmark.reportBudgetSeconds, 60) is not repeated:"
                + " its warm figure is then of fewer runs, or '–'. Every coverage call writes an audit entry that"
                + " names each client it lists (step 5 prints the audit log's growth and the store reads FollowUpService.occasions makes).");
        out.println("** Pejl's own report layer (data kind, parameters, texts, fill and export) against raw: the typed"
                + " warm time less the time the same service calls take alone (rows from the services), which raw"
                + " does not make; approximate, as the two are measured apart.");
    }

    private static long answerBased(SizeFigures s) {
        return s.set().warmOf(ArrayBaseline.INDICATORS);
    }

    private void row(PrintStream out, String label, Function<SizeFigures, String> value) {
        StringBuilder line = new StringBuilder(String.format("%-44s", label));
        for (SizeFigures s : sizes) {
            line.append(String.format("%22s", value.apply(s)));
        }
        out.println(line);
    }
}
