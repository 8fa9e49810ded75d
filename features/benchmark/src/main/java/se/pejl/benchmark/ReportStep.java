package se.pejl.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.api.reports.ReportService;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.ResponseRepository;

/**
 * Step 5, while Pejl runs: the issue's three reports ({@link ReportCase#issueSix()}) from Pejl over
 * HTTP and typed ({@link PejlReports}), in turn with the same rows, collected from the services
 * untimed ({@link ReportRows}), filled and exported by JasperReports outside OSGi ({@link ReportBaseline}).
 */
final class ReportStep {
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(2);
    private static final String REPORTS_BUNDLE = "se.pejl.reports";
    private static final String TEXTS = "se/pejl/reports/internal/texts";

    /**
     * One report's figures; times in nanoseconds. {@code collect} is one collection of the rows
     * from the services (warm: after Pejl's runs); {@code failure} is set when a step threw, and
     * the figures after it are then missing.
     */
    record CaseFigures(ReportCase report, PejlReports.Figures pejl, long collect, ReportBaseline.Figures raw,
            String failure) {
    }

    record Figures(List<CaseFigures> cases) {
        CaseFigures of(String id) {
            return cases.stream().filter(c -> c.report().id().equals(id)).findFirst().orElse(null);
        }
    }

    /** Reads Skövde's audit log: how many entries the reports' reads of individual data added. */
    private static final PejlUser AUDITOR = new PejlUser("benchmark.auditor", "Benchmark", Set.of(Role.ADMIN),
            ReportCase.SKOVDE, Set.of(), null);

    private static final int COLLECTS = 3;

    private final RunningPejl pejl;
    private final PrintStream out;

    ReportStep(RunningPejl pejl, PrintStream out) {
        this.pejl = pejl;
        this.out = out;
    }

    Figures run() throws InterruptedException, IOException {
        PejlReports requests = new PejlReports(pejl.httpPort(), pejl.await(ReportService.class, SERVICE_TIMEOUT));
        ReportRows rows = new ReportRows(pejl.await(IndicatorEngine.class, SERVICE_TIMEOUT),
                pejl.await(FollowUpService.class, SERVICE_TIMEOUT),
                pejl.await(MunicipalityDirectory.class, SERVICE_TIMEOUT), texts());
        ReportBaseline baseline = new ReportBaseline();
        OccasionReads reads = new OccasionReads(pejl.await(EpisodeRepository.class, SERVICE_TIMEOUT),
                pejl.await(ResponseRepository.class, SERVICE_TIMEOUT));
        AuditLog audit = pejl.await(AuditLog.class, SERVICE_TIMEOUT);
        List<CaseFigures> cases = new ArrayList<>();
        out.printf("  HTTP alone (GET /pejl/api/reports, the report list as JSON, as analyst.region): median of %d after"
                + " %d that warm the web stack: %s%n", PejlReports.MANY_RUNS, PejlReports.HTTP_WARM_UP,
                Timing.format(requests.transport("analyst.region")));
        for (ReportCase c : ReportCase.issueSix()) {
            long before = audit.verify(AUDITOR).entries();
            cases.add(measure(c, requests, rows, baseline));
            long after = audit.verify(AUDITOR).entries();
            if (after != before) {
                out.printf("      Skövde's audit chain: %,d entries before this report's calls, %,d after (a list read is"
                        + " one entry naming its clients)%n", before, after);
            }
            if (c.parameters().containsKey("unit")) {
                out.printf("      of FollowUpService.occasions, the store reads alone: %s%n",
                        line(reads.time(c.user().municipality(), c.parameters().get("unit"),
                        ReportingPeriod.parse("period", c.parameters().get("period")).to())));
            }
        }
        return new Figures(cases);
    }

    private CaseFigures measure(ReportCase c, PejlReports requests, ReportRows rows, ReportBaseline baseline)
            throws InterruptedException {
        PejlReports.Figures p = null;
        long collect = 0;
        try {
            // Raw's rows, from the same services (untimed for raw).
            ReportRows.Input given = rows.build(c);
            given.audited().join();
            List<ReportBaseline.Turn> turns = new ArrayList<>();
            p = requests.measure(c, () -> turns.add(baseline.once(given)));
            // When Pejl's calls were cut short by the budget, raw still gets its warm runs.
            while (turns.size() < 1 + PejlReports.WARM_UP + PejlReports.WARM_RUNS) {
                turns.add(baseline.once(given));
            }
            out.printf("  %s: GET %s as %s: status %d, %,d bytes; first %s, warm median of the last %d %s (runs: %s)%n",
                    c.label(), c.path(), c.httpAccount(), p.status(), p.httpBytes(), Timing.format(p.httpFirst()),
                    p.httpRuns().length - 1 - PejlReports.WARM_UP, Timing.format(p.httpWarm()), Timing.all(p.httpRuns()));
            out.printf("      ReportService.render as %s (%s): %,d bytes; first %s, warm %s (runs: %s)%n", c.user().id(),
                    c.user().roles(), p.typedBytes(), Timing.format(p.typedFirst()), Timing.format(p.typedWarm()),
                    Timing.all(p.typedRuns()));
            // Three times, the median kept: Pejl's time less this is its own report layer.
            long[] collects = new long[COLLECTS];
            ReportRows.Input input = null;
            long audits = 0;
            for (int i = 0; i < collects.length; i++) {
                long t = System.nanoTime();
                input = rows.build(c);
                collects[i] = System.nanoTime() - t;
                t = System.nanoTime();
                input.audited().join();
                audits = System.nanoTime() - t;
            }
            collect = Timing.median(collects);
            out.printf("      rows collected from the services (untimed for raw), median of %d: %s; the last: %s%s%n",
                    COLLECTS, Timing.format(collect), line(input.parts()),
                    c.id().equals("coverage") ? "; its audit entries stored " + Timing.format(audits) + " after it" : "");
            ReportBaseline.Figures raw = ReportBaseline.Figures.of(given.rows().size(), turns);
            out.printf("      raw JasperReports (JRBeanCollectionDataSource of %,d beans, %d pages), in turn with Pejl's:"
                    + " %,d bytes; first %s, warm %s (fill %s + export %s; runs: %s)%n", raw.rows(), raw.pages(),
                    raw.bytes(), Timing.format(raw.first()), Timing.format(raw.warm()), Timing.format(raw.fill()),
                    Timing.format(raw.export()), Timing.all(raw.runs()));
            out.printf("      Pejl/raw: HTTP warm %s, typed warm %s, HTTP first %s; typed warm less the rows' service"
                    + " calls %s%n", Timing.ratio(p.httpWarm(), raw.warm()), Timing.ratio(p.typedWarm(), raw.warm()),
                    Timing.ratio(p.httpFirst(), raw.first()), Timing.ratio(p.typedWarm() - collect, raw.warm()));
            if (Math.abs(raw.bytes() - p.httpBytes()) > p.httpBytes() / 50) {
                // ReportRows follows the bundle's data kinds by hand; a changed kind shows here first.
                out.printf("      WARNING: raw's document is %,d bytes, Pejl's %,d: the raw rows no longer mirror the"
                        + " reports bundle's%n", raw.bytes(), p.httpBytes());
            }
            return new CaseFigures(c, p, collect, raw, null);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // Reported with the figures, so that one failing report does not lose the size's other figures.
            out.printf("  %s FAILED: %s%n", c.label(), e);
            return new CaseFigures(c, p, collect, null, e.toString());
        }
    }

    private static String line(Map<String, Long> parts) {
        List<String> line = new ArrayList<>();
        parts.forEach((call, nanos) -> line.add(call + " " + Timing.format(nanos)));
        return String.join(", ", line);
    }

    /** The reports bundle's shared texts, Swedish over the English base, read from the running bundle. */
    private Properties texts() throws IOException {
        Properties texts = new Properties();
        for (String file : List.of(TEXTS + ".properties", TEXTS + "_sv.properties")) {
            URL entry = pejl.entry(REPORTS_BUNDLE, file);
            if (entry == null) {
                throw new IllegalStateException("No " + file + " in the " + REPORTS_BUNDLE + " bundle");
            }
            try (InputStream in = entry.openStream()) {
                texts.load(in);
            }
        }
        return texts;
    }
}
