package se.pejl.reports.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a report is filled with.
 *
 * @param areaName the municipality, unit or region it covers, for the page header
 * @param threshold the suppression threshold of its figures, or {@code null} when it has none
 * @param rows one map per row, field name to value
 * @param parameters template parameters of this kind of data
 * @param audited completes when the audit entries for its individual data are stored: the report
 *     is handed over only then (see {@link se.pejl.api.audit.Audited})
 */
record Dataset(String areaName, Integer threshold, Rows rows, Map<String, Object> parameters,
    CompletionStage<Void> audited) {
  Dataset {
    // Template parameters may be null (an episode not yet ended), which Map.copyOf refuses.
    parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
  }

  Dataset(String areaName, Integer threshold, List<? extends Map<String, ?>> rows, Map<String, Object> parameters,
      CompletionStage<Void> audited) {
    this(areaName, threshold, Rows.of(rows), parameters, audited);
  }

  /** Data whose reads, if any, are audited already. */
  Dataset(String areaName, Integer threshold, List<? extends Map<String, ?>> rows, Map<String, Object> parameters) {
    this(areaName, threshold, Rows.of(rows), parameters, CompletableFuture.completedFuture(null));
  }
}
