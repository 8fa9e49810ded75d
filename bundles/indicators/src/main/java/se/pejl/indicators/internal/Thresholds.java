package se.pejl.indicators.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.indicators.Cell;

/**
 * The smallest published cell: one for the region, and each municipality's own for cells of that
 * municipality alone. Never below {@value #LOWEST}, whatever is configured.
 */
final class Thresholds {
  /** Below three, a cell could point at one or two children however it is published. */
  static final int LOWEST = 3;
  private static final Logger LOG = LoggerFactory.getLogger(Thresholds.class);

  private final int region;
  private final Map<String, Integer> own = new HashMap<>();

  Thresholds(int region, String... municipalities) {
    this.region = atLeastLowest(region, "the threshold");
    for (String entry : municipalities) {
      String[] parts = entry.split("=");
      if (parts.length != 2 || !parts[1].trim().matches("\\d{1,6}")) {
        LOG.error("Indicator threshold \"{}\" left out: write it as <municipality code>=<number>, e.g. 1407=7", entry);
        continue;
      }
      String code = parts[0].trim();
      try {
        new MunicipalityCode(code);
      } catch (RuntimeException e) {
        LOG.error("Indicator threshold \"{}\" left out: {} is not a municipality code", entry, code);
        continue;
      }
      own.put(code, atLeastLowest(Integer.parseInt(parts[1].trim()), "the threshold of " + code));
    }
  }

  private static int atLeastLowest(int threshold, String what) {
    if (threshold < LOWEST) {
      LOG.warn("Suppression: {} is configured as {}, below {}; using {}", what, threshold, LOWEST, LOWEST);
      return LOWEST;
    }
    return threshold;
  }

  int region() {
    return region;
  }

  /** The municipalities whose own threshold differs from the region's. */
  Map<String, Integer> own() {
    Map<String, Integer> differing = new HashMap<>(own);
    differing.values().removeIf(t -> t == region);
    return differing;
  }

  int of(String municipality) {
    return municipality == null ? region : own.getOrDefault(municipality, region);
  }

  /**
   * Each cell's threshold: its municipality's when the cell (or the whole query) lies within one
   * municipality, else the region's.
   */
  ToIntFunction<Cell> forCells(MunicipalityCode queried) {
    return c -> {
      String m = c.key().get(Dimension.MUNICIPALITY.key());
      if (m != null && !Cell.ALL.equals(m)) {
        return of(m);
      }
      return of(queried == null ? null : queried.value());
    };
  }
}
