package se.pejl.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.pejl.api.Municipality;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.forms.Text;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.ChoiceCount;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ItemDistribution;
import se.pejl.api.indicators.SurveyDistribution;

/** The three demo municipalities and an engine that answers every query with known cells. */
final class Fakes {
  static final int THRESHOLD = 5;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

  private Fakes() {}

  static PejlUser manager(Locale locale) {
    return new PejlUser("manager.tjorn", "Chef Tjörn", Set.of(Role.MANAGER),
        MunicipalityCode.of("1407"), Set.of("Familjestöd Tjörn"), locale);
  }

  static PejlUser caseworker() {
    return new PejlUser("caseworker.tjorn", "Handläggare Tjörn", Set.of(Role.CASEWORKER),
        MunicipalityCode.of("1407"), Set.of("Familjestöd Tjörn"), null);
  }

  static MunicipalityDirectory directory() {
    List<Municipality> all = List.of(
        new Municipality(MunicipalityCode.of("1407"), "Tjörn"),
        new Municipality(MunicipalityCode.of("1496"), "Skövde"),
        new Municipality(MunicipalityCode.of("1494"), "Lidköping"),
        new Municipality(MunicipalityCode.of("1471"), "Götene"));
    return () -> all;
  }

  static IndicatorInfo indicator(String id, String sv, String area, String valueType, List<String> mustSplitBy) {
    return new IndicatorInfo(id, 1, new Text(sv, sv + " (en)"), new Text("Beskrivning av " + sv, "About " + sv),
        area, "share", valueType, "higher", new Text("Barn", "Children"), new Text("", ""),
        List.of("municipality", "unit", "gender", "episode-type", "year", "quarter", "occasion"), mustSplitBy);
  }

  /**
   * Answers every evaluation with one cell per combination of the asked dimensions' values and a
   * total over each (but over occasion), with values from {@link #value}; any cell of Götene is
   * absent (it took no part) and any cell of Lidköping's girls is suppressed.
   */
  static final class Engine implements IndicatorEngine {
    final List<String> asked = new ArrayList<>();
    final List<IndicatorInfo> indicators = new ArrayList<>(List.of(
        Fakes.indicator("wellbeing-improved", "Förbättrat välbefinnande", "emotional-behavioural", "share", List.of()),
        Fakes.indicator("wellbeing-mean-change", "Förändring i välbefinnande", "emotional-behavioural", "score", List.of()),
        Fakes.indicator("someone-to-talk-to", "Har någon att prata med", "family-social-relations", "share", List.of()),
        Fakes.indicator("wellbeing-at-occasion", "Välbefinnande", "emotional-behavioural", "score", List.of("occasion")),
        Fakes.indicator("follow-up-coverage", "Täckning", "process", "share", List.of()),
        Fakes.indicator("survey-response-rate", "Svarsfrekvens", "process", "share", List.of()),
        Fakes.indicator("purpose-documented", "Syfte dokumenterat", "process", "share", List.of()),
        Fakes.indicator("goals-documented", "Mål dokumenterade", "process", "share", List.of()),
        Fakes.indicator("content-documented", "Innehåll dokumenterat", "process", "share", List.of()),
        Fakes.indicator("result-documented", "Resultat dokumenterat", "process", "share", List.of())));

    @Override
    public List<IndicatorInfo> indicators() {
      return indicators;
    }

    @Override
    public IndicatorResult evaluate(PejlUser user, String id, IndicatorQuery query) {
      asked.add(id + " " + query.by() + " " + (query.period() == null ? "-" : query.period().label()));
      IndicatorInfo info = indicator(id).orElseThrow();
      List<Map<String, String>> keys = new ArrayList<>();
      keys.add(new LinkedHashMap<>());
      for (String dimension : query.by()) {
        List<Map<String, String>> next = new ArrayList<>();
        for (Map<String, String> key : keys) {
          for (String value : values(dimension)) {
            Map<String, String> k = new LinkedHashMap<>(key);
            k.put(dimension, value);
            next.add(k);
          }
        }
        keys = next;
      }
      List<Cell> cells = new ArrayList<>();
      for (Map<String, String> key : keys) {
        if ("1471".equals(key.get("municipality"))) {
          continue;
        }
        boolean lidkoping = "1494".equals(key.get("municipality"))
            || query.municipality() != null && query.municipality().value().equals("1494");
        boolean hidden = lidkoping && "GIRL".equals(key.get("gender"));
        cells.add(hidden ? Cell.suppressed(key) : Cell.of(key, value(id, key, query), n(key)));
      }
      return new IndicatorResult(info, query.by(), query.period(), THRESHOLD, Map.of(), cells);
    }

    @Override
    public SurveyDistribution distribution(PejlUser user, String instrumentId, String occasion, IndicatorQuery query) {
      if (!instrumentId.equals("hvb-satisfaction")) {
        throw new se.pejl.api.NotFoundException("error.instrument.unknown", instrumentId);
      }
      List<ChoiceCount> choices = List.of(
          new ChoiceCount(1, new Text("Instämmer inte alls", "Disagree"), 3, 3 / 20.0, false),
          ChoiceCount.suppressed(2, new Text("Instämmer delvis", "Partly agree")),
          ChoiceCount.suppressed(3, new Text("Instämmer helt", "Agree")));
      List<ChoiceCount> open = List.of(
          new ChoiceCount(0, new Text("Nej", "No"), 7, 7 / 20.0, false),
          new ChoiceCount(1, new Text("Ja", "Yes"), 13, 13 / 20.0, false));
      return new SurveyDistribution(instrumentId, new Text("Nöjdhet med HVB", "Satisfaction with HVB"), occasion,
          query.period(), THRESHOLD, List.of(
              new ItemDistribution("safe", new Text("Jag känner mig trygg på boendet", "I feel safe"), "health",
                  20, false, choices),
              new ItemDistribution("listened", new Text("Personalen lyssnar på mig", "Staff listen"), null,
                  20, false, open)));
    }

    static List<String> values(String dimension) {
      return switch (dimension) {
        // 1499 (Falköping) answered but is not in this host's directory.
        case "municipality" -> List.of("1407", "1496", "1494", "1471", "1499", Cell.ALL);
        case "gender" -> List.of("GIRL", "BOY", Cell.ALL);
        case "unit" -> List.of("Familjestöd Tjörn", "Öppenvården", Cell.ALL);
        case "episode-type" -> List.of("support-group", "hvb", Cell.ALL);
        case "occasion" -> List.of("start", "end");
        case "age-band" -> List.of("13-15", "16-20", "7-12", "other", Cell.ALL);
        default -> List.of(Cell.ALL);
      };
    }

    /** A value that differs by indicator, key and period, so a report printing the wrong cell shows it. */
    static double value(String id, Map<String, String> key, IndicatorQuery query) {
      int h = Math.floorMod((id + key + (query.period() == null ? "" : query.period().label())).hashCode(), 97);
      return h / 100.0;
    }

    static int n(Map<String, String> key) {
      return 5 + Math.floorMod(key.toString().hashCode(), 40);
    }
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
