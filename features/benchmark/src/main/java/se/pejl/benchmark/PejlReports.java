package se.pejl.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportService;

/**
 * A report from Pejl as a user gets it: {@code GET /pejl/api/reports/<id>} over HTTP (Jetty, the
 * REST whiteboard, the demo host's login, then the service), and {@code ReportService.render} called
 * typed, and raw JasperReports' fill of the same rows, taking turns. Each first (cold: HTTP's is
 * the first fill after the start), then {@link #WARM_UP} more to let the JIT finish, and the median
 * of {@value #WARM_RUNS} after those; every answer is checked to be a document of the format asked for. A
 * call slower than the budget ({@code -Dpejl.benchmark.reportBudgetSeconds}, default 60) is not
 * repeated.
 */
final class PejlReports {
    static final int WARM_RUNS = 9;
    /** Runs counted for a report that takes less than {@link #QUICK}: tens of milliseconds move by half from run to run. */
    static final int MANY_RUNS = 31;
    private static final long QUICK = Duration.ofMillis(200).toNanos();
    /**
     * Runs after the first that are made but not counted, here and in {@link ReportBaseline}: the
     * JIT goes on compiling for a while on two cores (a coverage list's runs came down from 1.3 to
     * 0.7 s over its first ten, a 30 ms PDF over HTTP from 56 to 30 ms over twenty, as Jetty's and
     * the REST layer's code is compiled too), and Pejl has more code to compile than raw Jasper.
     * {@code -Dpejl.benchmark.warmUp} sets another number.
     */
    static final int WARM_UP = Integer.getInteger("pejl.benchmark.warmUp", 10);
    /** The demo host's password for every demo account. */
    private static final String PASSWORD = "demo";
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(60);
    private static final long BUDGET = Duration.ofSeconds(Long.getLong("pejl.benchmark.reportBudgetSeconds", 60))
            .toNanos();

    /**
     * Times in nanoseconds, every run (the first is the cold one, then {@link #WARM_UP} not counted;
     * no more when one was over the budget); {@code status} of the first HTTP request. A warm time
     * not measured is -1.
     */
    record Figures(int status, int httpBytes, long[] httpRuns, int typedBytes, long[] typedRuns) {
        long httpFirst() {
            return httpRuns[0];
        }

        long httpWarm() {
            return warmMedian(httpRuns);
        }

        long typedFirst() {
            return typedRuns[0];
        }

        long typedWarm() {
            return warmMedian(typedRuns);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final ReportService service;

    PejlReports(int port, ReportService service) {
        this.port = port;
        this.service = service;
    }

    /**
     * Requests for the report list that warm the web stack before any report is asked for: Jetty's,
     * the REST layer's and the HTTP client's code took some hundreds of requests to be compiled
     * (a request for the list came down from 2 ms to under 1 ms over the first 400 on the demo),
     * as it would be in a server that has been up for a while.
     */
    static final int HTTP_WARM_UP = 500;

    /**
     * What HTTP alone costs here, without a report: the median of {@value #MANY_RUNS} requests for
     * the report list (the same login and REST path, a few kB of JSON), after {@value #HTTP_WARM_UP}.
     */
    long transport(String account) throws IOException, InterruptedException {
        HttpRequest request = get("/pejl/api/reports", account);
        long[] runs = new long[HTTP_WARM_UP + MANY_RUNS];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            runs[i] = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /pejl/api/reports answered " + response.statusCode());
            }
        }
        return Timing.median(Arrays.copyOfRange(runs, HTTP_WARM_UP, runs.length));
    }

    /** Raw's fill and export of the same rows, made in turn with Pejl's calls. */
    interface RawTurn {
        void take() throws Exception;
    }

    /**
     * Pejl's runs over HTTP and typed, with raw's between them: a slow stretch of the machine (a
     * collection of the whole heap, Derby's checkpoint, the JIT) then falls on all three alike.
     */
    Figures measure(ReportCase c, RawTurn raw) throws Exception {
        HttpRequest request = get(c.path(), c.httpAccount());
        long[] http = new long[1 + WARM_UP + MANY_RUNS];
        long[] typed = new long[1 + WARM_UP + MANY_RUNS];
        int total = http.length;
        int status = 0;
        int httpBytes = 0;
        int typedBytes = 0;
        int runs = 0;
        // HTTP, typed and raw take turns, so that both of Pejl's warm runs meet the same JIT-compiled
        // code (run one after the other, the later would get the warm-up the earlier paid for).
        do {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            http[runs] = System.nanoTime() - t;
            check(c, "GET " + c.path(), response.statusCode(), response.body());
            status = runs == 0 ? response.statusCode() : status;
            httpBytes = response.body().length;
            t = System.nanoTime();
            RenderedReport report = service.render(c.user(), c.id(), c.format(), c.parameters());
            typed[runs] = System.nanoTime() - t;
            check(c, "ReportService.render " + c.id(), 200, report.content());
            typedBytes = report.content().length;
            raw.take();
            if (runs == WARM_UP) {
                total = 1 + WARM_UP + measuredRuns(http[runs]);
            }
        } while (http[runs] <= BUDGET && typed[runs] <= BUDGET && ++runs < total);
        int measured = Math.min(runs + 1, total);
        return new Figures(status, httpBytes, Arrays.copyOf(http, measured), typedBytes, Arrays.copyOf(typed, measured));
    }

    /** The median of the runs after the first and the {@link #WARM_UP} not counted, or -1 when there are none. */
    static long warmMedian(long[] runs) {
        return runs.length < 2 + WARM_UP ? -1 : Timing.median(Arrays.copyOfRange(runs, 1 + WARM_UP, runs.length));
    }

    /** A GET of the demo host as one of its accounts (Basic, the demo password). */
    private HttpRequest get(String path, String account) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(REQUEST_TIMEOUT).GET().build();
    }

    /** How many runs to count, after the warm-up's last took this long: more of the quick ones. */
    static int measuredRuns(long lastWarmUp) {
        return lastWarmUp < QUICK ? MANY_RUNS : WARM_RUNS;
    }

    /** A PDF starts with {@code %PDF}, an XLSX is a zip ({@code PK}). */
    private static void check(ReportCase c, String what, int status, byte[] body) {
        String magic = c.format() == ReportFormat.PDF ? "%PDF" : "PK";
        String start = new String(body, 0, Math.min(body.length, magic.length()), StandardCharsets.ISO_8859_1);
        if (status != 200 || !start.equals(magic)) {
            String text = new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8);
            throw new IllegalStateException(what + " answered " + status + " with no " + c.format() + ": " + text);
        }
    }
}
