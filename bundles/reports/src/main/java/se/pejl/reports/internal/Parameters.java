package se.pejl.reports.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.ReportingPeriod;

/** The parameters reports take, by the names of the query, and their checking. */
final class Parameters {
  static final String PERIOD = "period";
  static final String MUNICIPALITY = "municipality";
  static final String UNIT = "unit";
  static final String EPISODE_TYPE = "episodeType";
  static final String INDICATOR = "indicator";
  static final String EPISODE = "episode";
  static final String INSTRUMENT = "instrument";
  static final String OCCASION = "occasion";
  static final String CASEWORKER = "caseworker";
  static final String BY = "by";
  /** What a report about one municipality or unit takes. */
  static final java.util.Set<String> ONE_PLACE = java.util.Set.of(PERIOD, MUNICIPALITY, UNIT, EPISODE_TYPE);
  /** In the order the report page shows them. */
  static final List<String> ALL = List.of(INDICATOR, BY, INSTRUMENT, EPISODE, PERIOD, MUNICIPALITY, UNIT,
      EPISODE_TYPE, OCCASION, CASEWORKER);
  private static final int LONGEST = 100;

  private final MunicipalityDirectory directory;

  Parameters(MunicipalityDirectory directory) {
    this.directory = directory;
  }

  /**
   * Checks the parameters a user gave for a report. A name the report does not take, a missing
   * required one and a value of the wrong form are each an error naming the parameter; a blank
   * value counts as not given.
   */
  ReportRequest parse(String reportId, Collection<String> takes, Collection<String> required,
      Map<String, String> raw, Locale locale) {
    Map<String, String> given = new HashMap<>();
    raw.forEach((name, value) -> {
      if (!takes.contains(name)) {
        throw new InvalidInputException(name, "error.report.parameter.unknown", reportId, name,
            takes.isEmpty() ? "-" : String.join(", ", new TreeSet<>(takes)));
      }
      if (value != null && !value.isBlank()) {
        String v = value.strip();
        if (v.length() > LONGEST) {
          throw new InvalidInputException(name, "error.report.parameter.long", name, LONGEST);
        }
        given.put(name, v);
      }
    });
    for (String name : required) {
      if (!given.containsKey(name)) {
        throw new InvalidInputException(name, "error.report.parameter.missing", reportId, name);
      }
    }
    String period = given.get(PERIOD);
    return new ReportRequest(locale,
        period == null ? null : ReportingPeriod.parse(PERIOD, period),
        municipality(given.get(MUNICIPALITY)),
        given.get(UNIT), given.get(EPISODE_TYPE), given.get(INDICATOR), episode(given.get(EPISODE)),
        given.get(INSTRUMENT), given.get(OCCASION), given.get(CASEWORKER), given.get(BY), given);
  }

  private MunicipalityCode municipality(String value) {
    if (value == null) {
      return null;
    }
    MunicipalityCode code = MunicipalityCode.of(value);
    if (directory.find(code).isEmpty()) {
      throw new InvalidInputException(MUNICIPALITY, "error.report.municipality.unknown", value);
    }
    return code;
  }

  private static Long episode(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(EPISODE, "error.report.episode.format", value);
    }
  }
}
