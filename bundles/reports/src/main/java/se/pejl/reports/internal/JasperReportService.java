package se.pejl.reports.internal;

import jakarta.json.spi.JsonProvider;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.ConflictException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportRun;
import se.pejl.api.reports.ReportService;

/**
 * Renders reports with an embedded JasperReports: the built-in ones and those other bundles add
 * (see {@link ReportCatalog}). A report's data is collected before anything is filled, so a wrong
 * parameter is an error straight away; filling and exporting then run in the caller's thread
 * ({@link #render}) or in the background ({@link #start}) with progress and cancellation.
 */
// Immediate: the templates are checked and trial-exported when Pejl starts, so a broken one is
// logged then, and the first report request does not wait seconds for the catalog.
@Component(service = ReportService.class, configurationPid = ReportConfig.PID, immediate = true)
@Designate(ocd = ReportConfig.class)
public final class JasperReportService implements ReportService {
  private static final Logger LOG = LoggerFactory.getLogger(JasperReportService.class);
  static final int RUNNING_PER_USER = 3;
  /** Longer than the database waits for a lock: an audit write that takes this long has failed. */
  private static final int AUDIT_WAIT_SECONDS = 120;
  private final SimpleJasperReportsContext jasper = new SimpleJasperReportsContext();
  private final Preparation preparation;
  private final ReportCatalog catalog;
  private final Clock clock;
  private final Settings settings;
  private final ExecutorService executor;
  /**
   * The synchronous GET's fills, a thread per fill slot, kept: what Jasper keeps per thread (text
   * parser, formats) is made once, not on every web server thread new to it (10 ms of a 30 ms PDF).
   * Apart from the background runs' threads, which may wait for a slot these hold.
   */
  private final ExecutorService fillers;
  /** Fills at once, the page's background runs and the synchronous GET together: each holds its pages. */
  private final Semaphore fills;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();

  @Activate
  public JasperReportService(BundleContext context, @Reference IndicatorEngine engine,
      @Reference MunicipalityDirectory directory, @Reference FollowUpService followUp,
      @Reference JsonProvider json, ReportConfig config) {
    this.clock = Clock.systemDefaultZone();
    this.settings = Settings.of(config);
    Map<String, ReportData> kinds = kinds(engine, directory, followUp, clock);
    this.catalog = new ReportCatalog(context, new DescriptorReader(json, jasper, kinds));
    this.preparation = new Preparation(catalog, new Parameters(directory), engine, directory, clock);
    this.executor = executor(settings.concurrentRuns(), "pejl-report-");
    this.fillers = executor(settings.concurrentRuns(), "pejl-report-fill-");
    this.fills = new Semaphore(Math.max(1, settings.concurrentRuns()), true);
    catalog.open();
  }

  /** For tests: reports come from a catalog filled by the test, the clock is fixed. */
  JasperReportService(ReportCatalog catalog, IndicatorEngine engine, MunicipalityDirectory directory,
      Clock clock, Settings settings) {
    this.clock = clock;
    this.settings = settings;
    this.catalog = catalog;
    this.preparation = new Preparation(catalog, new Parameters(directory), engine, directory, clock);
    this.executor = executor(settings.concurrentRuns(), "pejl-report-");
    this.fillers = executor(settings.concurrentRuns(), "pejl-report-fill-");
    this.fills = new Semaphore(Math.max(1, settings.concurrentRuns()), true);
  }

  /** The configuration, read once. */
  record Settings(int concurrentRuns, int waitForFillSeconds, int virtualizeAboveRows, int keepFinishedMinutes,
      File swapDirectory) {
    static Settings of(ReportConfig c) {
      File swap = c.swapDirectory().isBlank()
          ? new File(System.getProperty("java.io.tmpdir"), "pejl-reports") : new File(c.swapDirectory());
      return new Settings(c.concurrentRuns(), c.waitForFillSeconds(), c.virtualizeAboveRows(),
          c.keepFinishedMinutes(), swap);
    }
  }

  /** Every kind of data a template can be filled with, by the name descriptors use. */
  static Map<String, ReportData> kinds(IndicatorEngine engine, MunicipalityDirectory directory,
      FollowUpService followUp, Clock clock) {
    Scope scope = new Scope(directory);
    return List.of(
        new OverviewData(engine, scope, clock),
        new RegionComparisonData(engine, directory),
        new IndicatorTableData(engine, directory, scope),
        new GenderSplitData(engine, scope),
        new EpisodeResultsData(followUp),
        new CoverageData(followUp, engine, scope),
        new DocumentationData(followUp, engine, scope),
        new SurveyResultsData(engine, scope))
        .stream().collect(Collectors.toUnmodifiableMap(ReportData::kind, Function.identity()));
  }

  @Deactivate
  void close() {
    catalog.close();
    executor.shutdownNow();
    fillers.shutdownNow();
  }

  @Override
  public List<ReportInfo> reports() {
    ReportTexts sv = new ReportTexts(PejlUser.SWEDISH);
    ReportTexts en = new ReportTexts(java.util.Locale.ENGLISH);
    return catalog.all().stream().map(r -> r.info(sv, en)).toList();
  }

  @Override
  public RenderedReport render(PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters) {
    // The slot before the data: a report turned away has read (and audited) nothing, and one
    // waiting holds no rows.
    if (!awaitFill()) {
      throw new ConflictException("error.report.busy", settings.concurrentRuns());
    }
    Run run;
    try {
      Preparation.Prepared prepared = preparation.prepare(user, reportId, format, parameters);
      run = newRun(user, prepared);
      Run made = run;
      awaitFilled(fillers.submit(() -> produce(prepared, made, user)), made, user);
    } finally {
      fills.release();
    }
    if (run.result() == null) {
      throw new ProcessingException("error.report.failed", null, reportId);
    }
    return run.result();
  }

  @Override
  public ReportRun start(PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters) {
    forgetOld();
    long running = runs.values().stream()
        .filter(r -> r.owner().equals(user.id()) && !r.view().ended()).count();
    if (running >= RUNNING_PER_USER) {
      // Each run holds its data and its pages; one user's clicks must not take every thread.
      throw new ConflictException("error.report.run.busy", RUNNING_PER_USER);
    }
    Preparation.Prepared prepared = preparation.prepare(user, reportId, format, parameters);
    Run run = newRun(user, prepared);
    runs.put(run.view().id(), run);
    executor.execute(() -> produceInTurn(prepared, run, user));
    return run.view();
  }

  @Override
  public ReportRun run(PejlUser user, String runId) {
    return own(user, runId).view();
  }

  @Override
  public RenderedReport result(PejlUser user, String runId) {
    Run run = own(user, runId);
    ReportRun view = run.view();
    if (view.state() != ReportRun.State.DONE) {
      throw new ConflictException("error.report.run.state", runId, view.state());
    }
    return run.result();
  }

  @Override
  public ReportRun cancel(PejlUser user, String runId) {
    Run run = own(user, runId);
    run.cancel(new ReportTexts(user.locale()).get("run.cancelled"), clock.instant());
    return run.view();
  }

  /** A run only its owner can see; anyone else is told it does not exist. */
  private Run own(PejlUser user, String runId) {
    forgetOld();
    Run run = runs.get(runId == null ? "" : runId);
    if (run == null || !run.owner().equals(user.id())) {
      throw new NotFoundException("error.report.run.unknown", runId);
    }
    return run;
  }

  private Run newRun(PejlUser user, Preparation.Prepared prepared) {
    return new Run(UUID.randomUUID().toString(), user.id(), prepared.report().id(), prepared.format(),
        clock.instant(), new Filling(jasper, settings.virtualizeAboveRows(), settings.swapDirectory()),
        prepared.data().rows().expected());
  }

  /** A caller that stops waiting (interrupted) cancels the fill it waited for. */
  private void awaitFilled(Future<?> filled, Run run, PejlUser user) {
    try {
      filled.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.cancel(new ReportTexts(user.locale()).get("run.cancelled"), clock.instant());
    } catch (ExecutionException e) {
      // produce() ends every run it cannot finish as failed; this is what it could not catch.
      LOG.error("Report {} failed", run.view().reportId(), e.getCause());
    }
  }

  /** Waits for a fill slot, at most as configured: a manager would rather hear "try again" than wait on. */
  private boolean awaitFill() {
    try {
      return fills.tryAcquire(settings.waitForFillSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A background run waits for its slot as long as it takes; one cancelled meanwhile is not filled. */
  private void produceInTurn(Preparation.Prepared p, Run run, PejlUser user) {
    try {
      fills.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.failed(new ReportTexts(user.locale()).get("run.failed"), clock.instant());
      return;
    }
    try {
      if (!run.view().ended()) {
        produce(p, run, user);
      }
    } finally {
      fills.release();
    }
  }

  private void produce(Preparation.Prepared p, Run run, PejlUser user) {
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    // Jasper looks up its extensions (fonts, charts) through the context class loader.
    thread.setContextClassLoader(JasperReportService.class.getClassLoader());
    try {
      byte[] bytes = run.filling().run(p.report(), p.parameters(), p.data(), p.format(), p.title(), run::pages,
          run::rows);
      if (bytes != null) {
        // Not a byte out before the reads it shows are in the audit log; a log that could not be
        // written (or not in time) fails the report (CompletionException, below).
        p.data().audited().toCompletableFuture().orTimeout(AUDIT_WAIT_SECONDS, TimeUnit.SECONDS).join();
        run.done(new RenderedReport(bytes, p.format(), "pejl-" + p.report().id() + "." + p.format().extension()),
            clock.instant());
      }
    } catch (JRException | RuntimeException | LinkageError e) {
      // LinkageError: a municipality's template may call a library this bundle does not have.
      if (run.view().state() != ReportRun.State.CANCELLED) {
        LOG.error("Report {} ({}) failed", p.report().id(), p.format(), e);
      }
      run.failed(new ReportTexts(user.locale()).get("run.failed"), clock.instant());
    } finally {
      // Whatever else was thrown (out of memory), the run must not stay RUNNING for ever.
      run.failed(new ReportTexts(user.locale()).get("run.failed"), clock.instant());
      thread.setContextClassLoader(caller);
    }
  }

  private void forgetOld() {
    Duration keep = Duration.ofMinutes(settings.keepFinishedMinutes());
    runs.values().removeIf(r -> r.view().finished() != null && r.view().finished().plus(keep).isBefore(clock.instant()));
  }

  private static ExecutorService executor(int threads, String name) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, name + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
