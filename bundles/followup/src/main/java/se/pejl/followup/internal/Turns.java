package se.pejl.followup.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.pejl.api.ProcessingException;
import se.pejl.api.followup.OccasionFeed;
import se.pejl.api.followup.PlannedOccasion;

/**
 * A feed that a reader thread fills while its caller takes from it: each group waits here until
 * taken. A read that fails, or hands nothing over for as long as {@code patience}, makes the
 * caller's next call throw.
 */
final class Turns implements OccasionFeed {
  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> expected = new CompletableFuture<>();
  private final long patienceSeconds;
  /** Taken from the queue and not yet handed out: a group, END or the read's failure. */
  private Object taken;

  Turns(long patienceSeconds) {
    this.patienceSeconds = patienceSeconds;
  }

  void expect(int occasions) {
    expected.complete(occasions);
  }

  void hand(List<PlannedOccasion> group) {
    queue.add(List.copyOf(group));
  }

  /** The read is over: normally when {@code failure} is null. */
  void end(Throwable failure) {
    if (failure != null) {
      expected.completeExceptionally(failure);
    }
    expected.complete(0);
    queue.add(failure == null ? END : failure);
  }

  @Override
  public int expected() {
    try {
      return expected.get(patienceSeconds, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (TimeoutException e) {
      throw new ProcessingException("error.internal", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessingException("error.internal", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (taken == null) {
      taken = take();
    }
    if (taken instanceof Throwable failure) {
      throw unchecked(failure);
    }
    return taken != END;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<PlannedOccasion> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<PlannedOccasion> group = (List<PlannedOccasion>) taken;
    taken = null;
    return group;
  }

  private Object take() {
    try {
      Object next = queue.poll(patienceSeconds, TimeUnit.SECONDS);
      return next != null ? next
          : new ProcessingException("error.internal", new TimeoutException("no occasions read for "
              + patienceSeconds + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ProcessingException("error.internal", e);
    }
  }

  private static RuntimeException unchecked(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    return cause instanceof RuntimeException r ? r : new ProcessingException("error.internal", cause);
  }
}
