package se.pejl.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.ResponseRepository;
import se.pejl.api.store.StatisticsSink;
import se.pejl.api.store.StatisticsSource;

/**
 * Steps 3 to 5: Pejl started cold on the loaded database, the full standard indicator set through
 * the engine ({@link FullSet}), the region table over HTTP ({@link ApiTable}), the reports
 * and their raw JasperReports baseline ({@link ReportStep}), then stopped.
 */
final class EngineRun {
    /** Activation reads every fact; at a million answers that takes a while on two cores. */
    private static final Duration ENGINE_TIMEOUT =
            Duration.ofMinutes(Long.getLong("pejl.benchmark.engineTimeoutMinutes", 15));
    /** An analyst of the region, as the demo's analyst.region: statistics only. */
    private static final PejlUser ANALYST = new PejlUser("benchmark.analyst", "Benchmark", Set.of(Role.ANALYST),
            MunicipalityCode.of("1496"), Set.of(), null);

    /**
     * What steps 3 to 5 measured; times in nanoseconds. {@code factsLoad} runs from the start of
     * the framework to the engine's being there; {@code atOccasionDetail} is (b)'s reference.
     */
    record Figures(long frameworkStart, long factsLoad, FullSet.Figures set, long refresh, long heapBytes,
            IndicatorResult atOccasionDetail, ApiTable.Figures api, ReportStep.Figures reports, long stop) {
    }

    private final PrintStream out;

    EngineRun(PrintStream out) {
        this.out = out;
    }

    Figures run(Path dataDir) throws Exception {
        long t0 = System.nanoTime();
        RunningPejl pejl = RunningPejl.start(dataDir);
        long frameworkStart = System.nanoTime() - t0;
        boolean stopped = false;
        try {
            IndicatorEngine engine = pejl.await(IndicatorEngine.class, ENGINE_TIMEOUT);
            long factsLoad = System.nanoTime() - t0;
            out.printf("  framework at its last start level %s; engine available (facts load) %s after start%n",
                    Timing.format(frameworkStart), Timing.format(factsLoad));
            ResponseRepository responses = pejl.await(ResponseRepository.class, ENGINE_TIMEOUT);
            FullSet.Figures set = new FullSet(engine, ANALYST, out).measure(() -> newAnswer(responses));
            long refresh = refreshCost(pejl.await(StatisticsSource.class, ENGINE_TIMEOUT));
            out.printf("      of which each evaluation's refresh of the facts when nothing changed (7 queries): %s%n",
                    Timing.format(refresh));
            IndicatorResult detail = atOccasionDetail(engine);
            long heap = heapAfterGc();
            out.printf("  heap used after GC: %d MB%n", heap >> 20);
            ApiTable.Figures api = new ApiTable(pejl.httpPort(), out).measure();
            out.println("5. reports: Pejl over HTTP and typed, then the same rows filled by JasperReports outside OSGi");
            ReportStep.Figures reports = new ReportStep(pejl, out).run();

            long t1 = System.nanoTime();
            stopped = true;
            pejl.close();
            long stop = System.nanoTime() - t1;
            out.printf("  Pejl stopped in %s%n", Timing.format(stop));
            return new Figures(frameworkStart, factsLoad, set, refresh, heap, detail, api, reports, stop);
        } finally {
            if (!stopped) {
                pejl.close();
            }
        }
    }

    /**
     * One more end answer in the first episode, stored as a caseworker's would be. It stays in the
     * database, and steps 6 and 7 read it too: they are compared with the set's last run.
     */
    private static void newAnswer(ResponseRepository responses) {
        MunicipalityCode m = MunicipalityCode.of(Region.MUNICIPALITIES.get(0).code());
        responses.insert(m, new NewResponse(1, "child-wellbeing", 1, "end", LocalDate.now(),
                Map.of("q1", 3.0, "q2", 3.0, "q3", 1.0, "q4", 3.0, "q5", 1.0), Map.of("total", 15.0),
                new Demographics(Gender.GIRL, 12, m, "Benchmark")));
    }

    /** (b)'s reference: its indicator at exactly the GROUP BY's detail, whatever the set's split was. */
    private IndicatorResult atOccasionDetail(IndicatorEngine engine) {
        long t = System.nanoTime();
        IndicatorResult detail = engine.evaluate(ANALYST, SqlBaseline.INDICATOR,
                IndicatorQuery.by("occasion", "municipality", "gender"));
        out.printf("  %s by occasion × municipality × gender, for (b)'s check: %s, %d cells%n",
                SqlBaseline.INDICATOR, Timing.format(System.nanoTime() - t), detail.cells().size());
        return detail;
    }

    /**
     * What every evaluation pays before it computes: the engine asks its source what changed since
     * its last refresh (less a 10 s overlap). Asked here the same way, of the same service, with
     * nothing changed; median of as many runs as the warm set has.
     */
    private static long refreshCost(StatisticsSource source) {
        long[] runs = new long[FullSet.WARM_RUNS];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            source.changedSince(Instant.now().minusSeconds(10), new Discard());
            runs[i] = System.nanoTime() - t;
        }
        return Timing.median(runs);
    }

    private static long heapAfterGc() {
        // Two collections: the first may only queue finalisable objects of the framework before.
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Keeps nothing: only the source's own cost is measured. */
    private static final class Discard implements StatisticsSink {
        @Override
        public void answer(Answer answer) {
        }

        @Override
        public void score(long answerId, String scaleId, double score) {
        }

        @Override
        public void item(long answerId, String itemId, double value) {
        }

        @Override
        public void episode(Episode episode) {
        }

        @Override
        public void goal(long episodeId, Integer attainment) {
        }

        @Override
        public void notApplicable(long episodeId, String occasion) {
        }

        @Override
        public void surveyLink(SurveyLink link) {
        }
    }
}
