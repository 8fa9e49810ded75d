package se.pejl.followup.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.PendingSnapshot;
import se.pejl.api.store.ResponseRepository;

/**
 * Completes the demographic snapshot of answers stored while the host did not answer, by asking
 * the host again at an interval until it answers.
 */
@Component(service = SnapshotCompletion.class, immediate = true, configurationPid = SnapshotConfig.PID)
@Designate(ocd = SnapshotConfig.class)
public final class SnapshotCompletion {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCompletion.class);
  private static final int BATCH = 200;

  private final ResponseRepository responses;
  private final Hosts hosts;
  private final ScheduledExecutorService timer;

  @Activate
  public SnapshotCompletion(@Reference ResponseRepository responses, @Reference Hosts hosts,
      SnapshotConfig config) {
    this.responses = responses;
    this.hosts = hosts;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "pejl-snapshots"));
    timer.scheduleWithFixedDelay(this::runSafely, config.intervalSeconds(), config.intervalSeconds(),
        TimeUnit.SECONDS);
  }

  /** Completes what the hosts answer for now; returns how many answers got their snapshot. */
  int completePending() {
    int completed = 0;
    for (PendingSnapshot p : responses.pendingSnapshots(BATCH)) {
      try {
        var client = hosts.serving(p.municipality()).directory().find(p.municipality(), p.client());
        if (client.isPresent()) {
          responses.completeSnapshot(p.responseId(), new Demographics(client.get().gender(),
              client.get().ageOn(p.answeredOn()), p.municipality(), p.unit()));
          completed++;
        } else {
          LOG.warn("The host no longer knows client {}; answer {} keeps waiting", p.client(), p.responseId());
        }
      } catch (HostUnavailableException e) {
        LOG.debug("Host still not answering: {}", e.getMessage());
      }
    }
    if (completed > 0) {
      LOG.info("Completed the demographic snapshot of {} answers", completed);
    }
    return completed;
  }

  private void runSafely() {
    try {
      completePending();
    } catch (RuntimeException e) {
      // A scheduler thread is a boundary: log once and try again at the next interval.
      LOG.error("Completing snapshots failed", e);
    }
  }

  @Deactivate
  void stop() {
    timer.shutdownNow();
  }
}
