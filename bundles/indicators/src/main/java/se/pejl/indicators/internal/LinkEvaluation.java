package se.pejl.indicators.internal;

import java.time.Instant;

/**
 * Response rate of personal survey links: of the links whose time is over (answered, or expired
 * unanswered), the share answered. Withdrawn links were never meant to be answered and are left
 * out; group links have no known number of respondents. Placed in a period by the day the link
 * was made.
 */
final class LinkEvaluation {

  void observe(IndicatorDefinition def, Facts facts, Instant now, Observations out) {
    LinkTable l = facts.links;
    int instrument = def.source().instrument() == null ? 0 : facts.instruments.find(def.source().instrument());
    Subjects subjects = Subjects.of(l, facts);
    long nowSecond = now.getEpochSecond();
    for (int r = 0; r < l.size; r++) {
      if (l.episode[r] == 0 || l.withdrawn[r] != 0 || (instrument != 0 && l.instrument[r] != instrument)) {
        continue;
      }
      boolean answered = l.answers[r] > 0;
      if (answered || l.expiresAt[r] < nowSecond) {
        out.add(subjects, r, l.createdDay[r], l.occasion[r], 0, answered ? 1 : 0);
      }
    }
  }
}
