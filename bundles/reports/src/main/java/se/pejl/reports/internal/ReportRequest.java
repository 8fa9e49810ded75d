package se.pejl.reports.internal;

import java.util.Locale;
import java.util.Map;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.indicators.ReportingPeriod;

/**
 * A report's parameters, checked: each is null when not given.
 *
 * @param by the one breakdown an indicator table is split by, e.g. {@code gender}
 *
 * @param given the parameters as the user gave them, by name, for the page header
 */
record ReportRequest(
    Locale locale,
    ReportingPeriod period,
    MunicipalityCode municipality,
    String unit,
    String episodeType,
    String indicator,
    Long episode,
    String instrument,
    String occasion,
    String caseworker,
    String by,
    Map<String, String> given) {

  ReportRequest {
    given = Map.copyOf(given);
  }

  /** The request with a period filled in where the user gave none. */
  ReportRequest withPeriod(ReportingPeriod p) {
    return new ReportRequest(locale, p, municipality, unit, episodeType, indicator, episode,
        instrument, occasion, caseworker, by, given);
  }
}
