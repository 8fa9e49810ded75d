package se.pejl.api.audit;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Data read for a user while its audit entries are still being written. The caller may go on
 * working with it (fill a report) but lets nothing of it out of Pejl before {@code written} has
 * completed normally; completed exceptionally, the log could not be written and the data must not
 * be shown at all.
 *
 * @param data what was read
 * @param written completes once every entry for it is stored
 * @since 1.2
 */
public record Audited<T>(T data, CompletionStage<Void> written) {
  public Audited {
    Objects.requireNonNull(written, "written");
  }

  /** Data whose entries are stored already. */
  public static <T> Audited<T> already(T data) {
    return new Audited<>(data, CompletableFuture.completedFuture(null));
  }
}
