package se.pejl.followup.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An episode type's measurement plan (mätplan): its occasions, read from configuration lines like
 *
 * <pre>
 * start       = start          window -14d/+30d instruments child-wellbeing
 * followup-6m = end+6m         window -30d/+60d instruments child-wellbeing
 * review      = start+6m every 6m window -30d/+30d instruments child-wellbeing
 * </pre>
 */
record MeasurementPlan(String episodeType, List<OccasionRule> occasions) {
  // Offsets count forward only: lists of a period's occasions rely on no occasion being due
  // before its episode starts (Episodes.occasions).
  private static final Pattern LINE = Pattern.compile(
      "\\s*([a-z0-9][a-z0-9-]*)\\s*=\\s*(start|end)(?:\\+(\\d+)([dm]))?"
          + "(?:\\s+every\\s+(\\d+)m)?"
          + "\\s+window\\s+-(\\d+)d/\\+(\\d+)d"
          + "\\s+instruments\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*");

  MeasurementPlan {
    occasions = List.copyOf(occasions);
  }

  /** The plan every type gets until its own is configured: before, at the end, 6 months after. */
  static MeasurementPlan fallback(String episodeType) {
    return parse(episodeType, new String[] {
        "start = start window -14d/+30d instruments child-wellbeing",
        "end = end window -14d/+30d instruments child-wellbeing",
        "followup-6m = end+6m window -30d/+60d instruments child-wellbeing"});
  }

  /**
   * Reads the configuration lines.
   *
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  static MeasurementPlan parse(String episodeType, String[] lines) {
    if (episodeType == null || !episodeType.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("episodeType must be lower-case letters, digits and '-', not \""
          + episodeType + "\"");
    }
    if (lines == null || lines.length == 0) {
      throw new IllegalArgumentException("the plan for " + episodeType + " has no occasions");
    }
    List<OccasionRule> rules = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = LINE.matcher(lines[i].toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new IllegalArgumentException("occasions[" + i + "] of " + episodeType + " is not"
            + " \"<key> = start|end[+N(d|m)] [every Nm] window -Nd/+Nd instruments a,b\": " + lines[i]);
      }
      if (!keys.add(m.group(1))) {
        throw new IllegalArgumentException("occasions[" + i + "] of " + episodeType + ": the key "
            + m.group(1) + " appears twice");
      }
      rules.add(rule(m));
    }
    return new MeasurementPlan(episodeType, rules);
  }

  private static OccasionRule rule(Matcher m) {
    Period offset = Period.ZERO;
    if (m.group(3) != null) {
      int n = Integer.parseInt(m.group(3));
      offset = "d".equals(m.group(4)) ? Period.ofDays(n) : Period.ofMonths(n);
    }
    Period every = m.group(5) == null ? null : Period.ofMonths(Integer.parseInt(m.group(5)));
    if (every != null && every.getMonths() == 0) {
      throw new IllegalArgumentException(m.group(1) + ": every 0m would never end");
    }
    List<String> instruments = List.of(m.group(8).split("\\s*,\\s*"));
    return new OccasionRule(m.group(1), "end".equals(m.group(2)), offset, every,
        Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), instruments);
  }
}
