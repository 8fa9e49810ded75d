package se.pejl.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import se.pejl.api.store.StatisticsSource;

/**
 * The indicator benchmark of issue 6, a command that prints figures (never a timed unit test):
 * <pre>java -Xmx8g -jar features/benchmark/target/pejl-benchmark.jar [sizes...]</pre>
 * For each size (answers; default 10000 100000 1000000): a fresh data folder whose schema Pejl's own
 * first start creates; generated data bulk-loaded over JDBC; Pejl started cold on it and the full
 * indicator set timed through the engine and one table through the HTTP API, and the three
 * reports over HTTP and typed against raw JasperReports filling the same rows; then, Pejl stopped,
 * one indicator as a SQL GROUP BY (b) and the answer-based indicators as a plain Java pass over
 * arrays (c), both checked against the engine's numbers.
 *
 * <p>Options: {@code -Dpejl.benchmark.dir=DIR} (default {@code bench-data/} beside the jar),
 * {@code -Dpejl.benchmark.keep=true} to keep each size's data folder, {@code -Dpejl.benchmark.reuse=true}
 * to start from a folder an earlier run kept (steps 1-2 skipped, their figures those of the run that
 * loaded it; its audit log holds that run's entries too).
 */
public final class IndicatorBenchmark {
    private static final List<Integer> DEFAULT_SIZES = List.of(10_000, 100_000, 1_000_000);
    private static final int SMALLEST = 1_000;
    private static final long SEED = 20261123L;
    private static final Duration SCHEMA_TIMEOUT = Duration.ofMinutes(2);
    private static final String LOADED = "loaded.properties";

    private final PrintStream out;
    private final Path workDir;
    private final boolean keep;
    private final boolean reuse;

    private IndicatorBenchmark(PrintStream out, Path workDir, boolean keep, boolean reuse) {
        this.out = out;
        this.workDir = workDir;
        this.keep = keep;
        this.reuse = reuse;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = sizes(args);
        Path workDir = workDir();
        Files.createDirectories(workDir);
        QuietLogging.configure(workDir);
        IndicatorBenchmark benchmark = new IndicatorBenchmark(System.out, workDir,
                Boolean.getBoolean("pejl.benchmark.keep") || Boolean.getBoolean("pejl.benchmark.reuse"),
                Boolean.getBoolean("pejl.benchmark.reuse"));
        System.out.printf("Pejl indicator benchmark: sizes %s, data under %s, %d cores, max heap %d MB, Java %s%n",
                sizes, workDir, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        Report report = new Report();
        try {
            for (int size : sizes) {
                report.add(benchmark.run(size));
            }
        } finally {
            report.print(System.out);
        }
        // Bundles may leave non-daemon threads behind; the command ends with its report.
        System.exit(0);
    }

    private Report.SizeFigures run(int size) throws Exception {
        long started = System.nanoTime();
        out.printf("%n=== %,d answers ===%n", size);
        Path data = workDir.resolve("size-" + size);
        long t = System.nanoTime();
        Loaded loaded;
        if (reuse && Files.exists(data.resolve(LOADED))) {
            loaded = Loaded.read(data.resolve(LOADED));
            out.printf("1-2. the data kept in %s by an earlier run, reused%n", data);
        } else {
            freshFolder(data);
            createSchema(data);
            out.printf("1. schema created by Pejl's first start (demo seeder off) and stopped: %s%n",
                    Timing.format(System.nanoTime() - t));
            loaded = generateAndLoad(data, size);
            if (keep) {
                loaded.write(data.resolve(LOADED));
            }
        }

        out.println("3-5. Pejl started cold on the loaded database");
        EngineRun.Figures engine = new EngineRun(out).run(data);

        out.println("6-7. Pejl stopped; the same database over plain JDBC");
        SqlBaseline.Figures sql;
        AnswerArrays arrays;
        try (Derby db = Derby.open(data)) {
            sql = new SqlBaseline(out).run(db.connection(), engine.atOccasionDetail());
            t = System.nanoTime();
            arrays = AnswerArrays.read(db.connection());
            out.printf("  answers read into arrays for (c) (untimed): %s%n", Timing.format(System.nanoTime() - t));
        }
        ArrayBaseline.Figures pass = new ArrayBaseline(arrays).run(out, engine.set().results());
        if (!keep) {
            deleteRecursively(data);
        }
        return new Report.SizeFigures(size, loaded.episodes(), loaded.rows(), loaded.generate(), loaded.load(), engine,
                sql, pass, System.nanoTime() - started);
    }

    /** What step 2 did; times in nanoseconds. Kept beside kept data, for a run that reuses it. */
    private record Loaded(int episodes, long rows, long generate, long load) {
        static Loaded read(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
            return new Loaded(Integer.parseInt(p.getProperty("episodes")), Long.parseLong(p.getProperty("rows")),
                    Long.parseLong(p.getProperty("generate")), Long.parseLong(p.getProperty("load")));
        }

        void write(Path file) throws IOException {
            Properties p = new Properties();
            p.setProperty("episodes", Integer.toString(episodes));
            p.setProperty("rows", Long.toString(rows));
            p.setProperty("generate", Long.toString(generate));
            p.setProperty("load", Long.toString(load));
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "what step 2 loaded into this folder");
            }
        }
    }

    /** Step 2. The generated columns are dropped on return, so step 3's heap figure holds Pejl alone. */
    private Loaded generateAndLoad(Path data, int size) throws Exception {
        long t = System.nanoTime();
        Dataset dataset = new DataGenerator(SEED + size, LocalDate.now()).generate(size);
        long generate = System.nanoTime() - t;
        t = System.nanoTime();
        Map<String, Long> rows;
        try (Derby db = Derby.open(data)) {
            rows = new BulkLoad(db.connection(), dataset).load();
        }
        long load = System.nanoTime() - t;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        out.printf("2. generated in %s; bulk-loaded %,d rows in %s (%,.0f rows/s), Derby shut down: %s%n",
                Timing.format(generate), total, Timing.format(load), total / (load / 1e9), rows);
        return new Loaded(dataset.episodes, total, generate, load);
    }

    /** Step 1: Liquibase makes the schema when the store activates; the seeder is configured off. */
    private static void createSchema(Path data) throws Exception {
        Path etc = data.resolve("etc");
        Files.createDirectories(etc);
        // The launcher copies a default only where no file of its PID exists: this one wins.
        Files.writeString(etc.resolve("se.pejl.host.demo.seeder.cfg"), "enabled = false\n");
        try (RunningPejl pejl = RunningPejl.start(data)) {
            pejl.await(StatisticsSource.class, SCHEMA_TIMEOUT);
        }
    }

    private static void freshFolder(Path data) throws IOException {
        if (Files.exists(data)) {
            deleteRecursively(data);
        }
        Files.createDirectories(data);
    }

    private static List<Integer> sizes(String[] args) {
        if (args.length == 0) {
            return DEFAULT_SIZES;
        }
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            int size = Integer.parseInt(arg.replace("_", "").replace(",", ""));
            if (size < SMALLEST) {
                throw new IllegalArgumentException("A size is a number of answers, at least " + SMALLEST + ": " + arg);
            }
            sizes.add(size);
        }
        return sizes;
    }

    private static Path workDir() throws URISyntaxException {
        String configured = System.getProperty("pejl.benchmark.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path jar = Path.of(IndicatorBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return (Files.isRegularFile(jar) ? jar.getParent() : jar).resolve("bench-data");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
