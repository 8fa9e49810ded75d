package se.pejl.reports.internal;

import java.util.ArrayList;
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
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;

/** The three demo municipalities and a fixed indicator result with some suppressed cells. */
final class Fakes {
  static final int THRESHOLD = 5;

  private Fakes() {}

  static PejlUser manager(Locale locale) {
    return new PejlUser("manager.tjorn", "Chef Tjörn", Set.of(Role.MANAGER),
        MunicipalityCode.of("1407"), Set.of(), locale);
  }

  static MunicipalityDirectory directory() {
    List<Municipality> all = List.of(
        new Municipality(MunicipalityCode.of("1407"), "Tjörn"),
        new Municipality(MunicipalityCode.of("1496"), "Skövde"),
        new Municipality(MunicipalityCode.of("1494"), "Lidköping"));
    return () -> all;
  }

  /** Records what it was asked, and answers with {@link #cells()}. */
  static final class Engine implements IndicatorEngine {
    final List<String> asked = new ArrayList<>();

    @Override
    public List<IndicatorInfo> indicators() {
      return List.of(info());
    }

    @Override
    public IndicatorResult evaluate(PejlUser user, String indicatorId, IndicatorQuery query) {
      asked.add(indicatorId + " " + query.by());
      return new IndicatorResult(info(), query.by(), null, THRESHOLD, Map.of(), cells());
    }
  }

  static IndicatorInfo info() {
    return new IndicatorInfo("wellbeing-improved", 1, new Text("Förbättrat välbefinnande", "Improved well-being"),
        new Text("", ""), "emotional-behavioural", "reliable-change", "share", "higher", new Text("Barn", "Children"),
        new Text("", ""), List.of("municipality", "gender"), List.of());
  }

  static List<Cell> cells() {
    return List.of(
        cell("1407", "GIRL", 0.6, 10), suppressed("1407", "BOY"), suppressed("1407", "OTHER"),
        cell("1407", "ALL", 0.55, 20),
        cell("1496", "GIRL", 0.72, 25), cell("1496", "BOY", 0.48, 25),
        cell("1496", "ALL", 0.6, 50),
        suppressed("1494", "GIRL"), cell("1494", "BOY", 0.8125, 16),
        cell("1494", "ALL", 0.75, 20),
        cell("ALL", "GIRL", 0.66, 36), cell("ALL", "BOY", 0.62, 48),
        cell("ALL", "ALL", 0.64, 90));
  }

  private static Cell cell(String municipality, String gender, double value, int n) {
    return Cell.of(Map.of("municipality", municipality, "gender", gender), value, n);
  }

  private static Cell suppressed(String municipality, String gender) {
    return Cell.suppressed(Map.of("municipality", municipality, "gender", gender));
  }
}
