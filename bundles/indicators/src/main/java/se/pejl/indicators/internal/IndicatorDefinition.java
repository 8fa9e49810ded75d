package se.pejl.indicators.internal;

import se.pejl.api.indicators.IndicatorInfo;

/**
 * One indicator as its definition file gives it.
 *
 * @param info what the API and reports show of it
 * @param kind how it is computed
 * @param source what it is computed from
 */
record IndicatorDefinition(IndicatorInfo info, Kind kind, Source source) {

  String id() {
    return info.id();
  }

  boolean higherIsBetter() {
    return "higher".equals(info.better());
  }
}
