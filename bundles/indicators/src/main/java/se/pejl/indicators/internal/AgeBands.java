package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age bands as configured, e.g. {@code 7-12, 13-15, 16-20}. A child outside every band, or whose
 * age is not known, counts in the band {@value #OTHER}: in the totals, never dropped.
 */
final class AgeBands {
  static final String OTHER = "other";
  private static final Pattern BAND = Pattern.compile("\\s*(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s*");

  private final List<String> labels = new ArrayList<>();
  private final int[] bandOfAge = new int[128];

  /** @throws IllegalArgumentException naming the band that is not "from-to" or overlaps another */
  AgeBands(String spec) {
    labels.add(OTHER);
    for (String part : spec.split(",")) {
      Matcher m = BAND.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("age band \"" + part.trim() + "\" is not \"from-to\", e.g. 7-12");
      }
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (to < from || to > 127) {
        throw new IllegalArgumentException("age band \"" + part.trim() + "\" ends before it starts or after 127");
      }
      labels.add(from + "-" + to);
      for (int age = from; age <= to; age++) {
        if (bandOfAge[age] != 0) {
          throw new IllegalArgumentException("age band \"" + part.trim() + "\" overlaps " + labels.get(bandOfAge[age]));
        }
        bandOfAge[age] = labels.size() - 1;
      }
    }
  }

  /** The band's code, 0 for {@value #OTHER}. */
  int band(int age) {
    return age < 0 || age >= bandOfAge.length ? 0 : bandOfAge[age];
  }

  String label(int band) {
    return labels.get(band);
  }
}
