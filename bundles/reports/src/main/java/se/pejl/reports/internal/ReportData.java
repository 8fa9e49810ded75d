package se.pejl.reports.internal;

import java.util.Map;
import java.util.Set;
import se.pejl.api.PejlUser;

/**
 * A kind of data a report template can be filled with, named in a report descriptor's {@code
 * data}. Each kind asks the indicator engine or the follow-up service for its figures and turns
 * them into rows; none computes statistics of its own. The fields are the contract with
 * templates: a template that declares a field the kind does not give is rejected when loaded.
 */
interface ReportData {

  /** The name descriptors use, e.g. {@code region-comparison}. */
  String kind();

  /** The parameters it can take (see {@link Parameters}). */
  Set<String> parameters();

  /** The parameters it cannot do without. */
  default Set<String> required() {
    return Set.of();
  }

  /** True when the rows are one client's personal data. */
  default boolean confidential() {
    return false;
  }

  /** Field name to its class, for every field a row may carry. */
  Map<String, Class<?>> fields();

  /** The parameters, besides the ones every report gets, that it passes to templates. */
  default Map<String, Class<?>> templateParameters() {
    return Map.of();
  }

  /** The rows and template parameters for one request. */
  Dataset collect(PejlUser user, ReportRequest request);
}
