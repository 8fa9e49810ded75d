package se.pejl.api.indicators;

import java.util.List;
import java.util.Objects;
import se.pejl.api.MunicipalityCode;

/**
 * What to evaluate an indicator over.
 *
 * @param by the dimensions to split by, in table order, e.g. {@code [municipality, gender]};
 *     empty gives the one total
 * @param period the period whose episodes, answers or occasions count, or {@code null} for all
 * @param municipality only this municipality, or {@code null} for every municipality the data holds
 * @param unit only this unit (enhet), or {@code null}
 * @param episodeType only this type of intervention, or {@code null}
 */
public record IndicatorQuery(
    List<String> by, ReportingPeriod period, MunicipalityCode municipality, String unit, String episodeType) {

  public IndicatorQuery {
    by = List.copyOf(Objects.requireNonNull(by, "by"));
  }

  /** The one total over everything: no breakdown. */
  public static IndicatorQuery total() {
    return new IndicatorQuery(List.of(), null, null, null, null);
  }

  /** Every municipality, every period, split by the given dimensions. */
  public static IndicatorQuery by(String... dimensions) {
    return new IndicatorQuery(List.of(dimensions), null, null, null, null);
  }

  public IndicatorQuery in(ReportingPeriod p) {
    return new IndicatorQuery(by, p, municipality, unit, episodeType);
  }

  public IndicatorQuery in(MunicipalityCode m) {
    return new IndicatorQuery(by, period, m, unit, episodeType);
  }

  public IndicatorQuery inUnit(String u) {
    return new IndicatorQuery(by, period, municipality, u, episodeType);
  }

  public IndicatorQuery ofType(String type) {
    return new IndicatorQuery(by, period, municipality, unit, type);
  }
}
