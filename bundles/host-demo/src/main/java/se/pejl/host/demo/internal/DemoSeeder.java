package se.pejl.host.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.host.ClientDirectory;
import se.pejl.api.store.EpisodeRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.pejl.api.forms.InstrumentRegistry;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty installation with demo episodes and answers, so the reports have content on
 * first start. Runs in its own thread, because activation must not hold up the framework while
 * some hundred answers are validated and stored.
 */
// REQUIRE: the assembly ships this configuration, so the seeder never starts on defaults a moment
// before an installation's own setting (e.g. enabled = false) arrives.
@Component(service = {}, immediate = true, configurationPid = DemoSeeder.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SeederConfig.class)
public final class DemoSeeder {

  static final String PID = "se.pejl.host.demo.seeder";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final AtomicBoolean stopRequested = new AtomicBoolean();
  /** Null when seeding is disabled. */
  private final Thread worker;

  @Activate
  public DemoSeeder(
      @Reference(name = "followUp") FollowUpService followUp,
      @Reference(name = "episodes") EpisodeRepository episodes,
      @Reference(name = "clients", target = "(" + DemoClientDirectory.HOST_PROPERTY + ")")
          ClientDirectory clients,
      @Reference(name = "instruments") InstrumentRegistry instruments,
      SeederConfig config) {
    this(followUp, episodes, clients, new AsAnswered(instruments), config,
        Clock.system(DemoClientDirectory.SWEDEN));
  }

  DemoSeeder(
      FollowUpService followUp,
      EpisodeRepository episodes,
      ClientDirectory clients,
      UnaryOperator<Map<String, Object>> asAnswered,
      SeederConfig config,
      Clock clock) {
    if (!config.enabled()) {
      LOG.info("Demo seeding is disabled by configuration {}", PID);
      this.worker = null;
      return;
    }
    Seeding seeding = new Seeding(followUp, episodes, clients, config.seed(), LocalDate.now(clock), asAnswered);
    this.worker = new Thread(() -> report(seeding.run(stopRequested::get)), "pejl-demo-seeder");
    // A daemon, so a seeding that hangs in a service call cannot keep the JVM alive.
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Asks the run to stop between two calls and waits for it. No interrupt: Derby closes the
   * connection of a thread interrupted inside a statement, which would fail the store's call.
   */
  @Deactivate
  void deactivate() {
    stopRequested.set(true);
    if (!awaitDone(STOP_WAIT)) {
      LOG.warn("Demo seeding did not stop within {} s; it ends after its current call", STOP_WAIT.toSeconds());
    }
  }

  /** True when no seeding runs (any more). */
  boolean awaitDone(Duration timeout) {
    if (worker == null) {
      return true;
    }
    try {
      worker.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !worker.isAlive();
  }

  private static void report(Seeding.Outcome outcome) {
    switch (outcome.status()) {
      case DONE -> LOG.info(
          "Seeded the demo host with {} episodes and {} answers in {} municipalities",
          outcome.episodes(), outcome.answers(), DemoMunicipality.ALL.size());
      case SKIPPED -> LOG.info("Demo municipalities already have episodes; not seeding again");
      case STOPPED -> LOG.info(
          "Demo seeding stopped on deactivation after {} episodes and {} answers",
          outcome.episodes(), outcome.answers());
      case FAILED -> LOG.error(
          "Demo seeding failed after {} episodes and {} answers; the rest is not seeded",
          outcome.episodes(), outcome.answers(), outcome.failure());
    }
  }
}
