package se.pejl.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Step 4: the region-comparison table as a browser or a report tool gets it, end to end over HTTP:
 * Jetty, the REST whiteboard, authentication by the demo host, the engine, suppression and JSON.
 */
final class ApiTable {
    static final String PATH = "/pejl/api/indicators/wellbeing-improved?by=municipality,gender";
    /** The demo host's regional analyst (host-demo DemoAccounts). */
    private static final String USER = "analyst.region:demo";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(100);

    /** Times in nanoseconds; {@code status} of the first request, {@code bytes} of its body. */
    record Figures(long first, long warm, int status, int bytes) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final PrintStream out;

    ApiTable(int port, PrintStream out) {
        this.port = port;
        this.out = out;
    }

    Figures measure() throws IOException, InterruptedException {
        awaitHealth();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        long t = System.nanoTime();
        HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long firstNanos = System.nanoTime() - t;
        if (first.statusCode() != 200) {
            throw new IllegalStateException("GET " + PATH + " answered " + first.statusCode() + ": "
                    + new String(first.body(), StandardCharsets.UTF_8));
        }
        long[] warm = new long[FullSet.WARM_RUNS];
        for (int i = 0; i < warm.length; i++) {
            t = System.nanoTime();
            HttpResponse<byte[]> again = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            warm[i] = System.nanoTime() - t;
            if (again.statusCode() != 200) {
                throw new IllegalStateException("GET " + PATH + " answered " + again.statusCode() + " on a warm run");
            }
        }
        Figures figures = new Figures(firstNanos, Timing.median(warm), first.statusCode(), first.body().length);
        out.printf("  region table via API (GET %s as analyst.region): status %d, %d bytes; first %s, warm median of %d %s%n",
                PATH, figures.status(), figures.bytes(), Timing.format(figures.first()), warm.length,
                Timing.format(figures.warm()));
        return figures;
    }

    /**
     * The REST runtime comes up after the engine (its configuration arrives through fileinstall):
     * polls the health resource, which needs no login, until it answers 200.
     */
    private void awaitHealth() throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pejl/api/health")).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return;
                }
            } catch (ConnectException e) {
                last = -1; // Jetty not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("/pejl/api/health did not answer 200 within " + READY_TIMEOUT + " (last: " + last + ")");
    }
}
