package se.pejl.reports.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report is filled with.
 *
 * @param areaName the municipality, unit or region it covers, for the page header
 * @param threshold the suppression threshold of its figures, or {@code null} when it has none
 * @param rows one map per row, field name to value
 * @param parameters template parameters of this kind of data
 */
record Dataset(String areaName, Integer threshold, List<Map<String, ?>> rows, Map<String, Object> parameters) {
  Dataset {
    rows = List.copyOf(rows);
    // Template parameters may be null (an episode not yet ended), which Map.copyOf refuses.
    parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
  }
}
