package se.pejl.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.pejl.api.InvalidInputException;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.ReportingPeriod;

/** Checks a query against an indicator's definition, naming the field of whatever is wrong. */
final class QueryCheck {
  /** More dimensions make tables no one reads, and cells that are almost all suppressed. */
  static final int MAX_DIMENSIONS = 4;

  private final IndicatorDefinition def;

  QueryCheck(IndicatorDefinition def) {
    this.def = def;
  }

  List<Dimension> dimensions(List<String> by) {
    if (by.size() > MAX_DIMENSIONS) {
      throw new InvalidInputException("by", "error.indicator.dimensions", MAX_DIMENSIONS);
    }
    List<Dimension> dims = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key : by) {
      if (!def.info().breakdowns().contains(key)) {
        throw new InvalidInputException("by", "error.indicator.breakdown", def.id(), key, def.info().breakdowns());
      }
      if (!seen.add(key)) {
        throw new InvalidInputException("by", "error.indicator.twice", key);
      }
      dims.add(Dimension.of(key).orElseThrow());
    }
    for (String must : def.info().mustSplitBy()) {
      if (!seen.contains(must)) {
        throw new InvalidInputException("by", "error.indicator.split", def.id(), must);
      }
    }
    return dims;
  }

  /** The query's filters as codes of the facts; a unit the facts never held is an error. */
  Scope scope(Facts f, IndicatorQuery q) {
    return scope(f, q, def.source().episodeTypes());
  }

  /**
   * As {@link #scope(Facts, IndicatorQuery)}, for what no definition describes.
   *
   * @param episodeTypes the only episode types that count, or empty for every type
   */
  static Scope scope(Facts f, IndicatorQuery q, Set<String> episodeTypes) {
    int municipality = q.municipality() == null ? 0 : f.municipalities.find(q.municipality().value());
    int unit = 0;
    if (q.unit() != null) {
      unit = f.units.find(q.unit());
      if (unit < 0) {
        throw new InvalidInputException("unit", "error.indicator.unit", q.unit());
      }
    }
    Set<Integer> types = new HashSet<>(EpisodeEvaluation.codes(f, episodeTypes));
    if (q.episodeType() != null) {
      int type = f.types.find(q.episodeType());
      if (!types.isEmpty() && !types.contains(type)) {
        types = Set.of(-1); // the indicator is about other types: nothing of this one counts
      } else {
        types = Set.of(type);
      }
    }
    ReportingPeriod p = q.period();
    return new Scope(municipality, unit, types, p == null ? Integer.MIN_VALUE : day(p.from()),
        p == null ? Integer.MAX_VALUE : day(p.to()));
  }

  private static int day(LocalDate d) {
    return (int) d.toEpochDay();
  }
}
