package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/**
 * Survey response rate: of the personal links whose time is over, the share answered. A link is
 * open for 14 days; today is 15 January 2026.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResponseRateTest {
  final Region region = new Region();

  @Test
  void answered_links_over_answered_and_expired_ones() {
    link("2025-03-01").answered(); //             answered
    link("2025-03-01").answered();
    link("2026-01-10").answered(); //             answered while still open: its time is over too
    link("2025-03-01"); //                        expired unanswered
    link("2026-01-10"); //                        still open: left out
    link("2025-03-01").withdrawn(); //            withdrawn: never meant to be answered
    region.groupLink("g1", WELLBEING, "end", "2025-03-01").answeredBy(5); // a group link: how many could answer?

    IndicatorResult r = rate(NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(3 / 4.0, 4));
  }

  @Test
  void a_link_counts_in_the_swedish_half_year_it_was_made_in() {
    Instant justAfterMidsummerHalf = Instant.parse("2025-06-30T22:30:00Z"); // 00:30 on 1 July in Sweden
    for (int i = 0; i < 3; i++) {
      region.episode("2025-03-01").link(WELLBEING, "end", justAfterMidsummerHalf).answered();
    }

    IndicatorResult r = rate(IndicatorQuery.by("half-year"));

    assertThat(r.cells()).extracting(c -> c.key().get("half-year")).containsExactly("2025-H2", "ALL");
  }

  @Test
  void response_rate_by_type_of_episode() {
    link("2025-03-01").answered();
    link("2025-03-01").answered();
    link("2025-03-01");
    for (int i = 0; i < 3; i++) {
      region.episode("2025-01-01").type(Region.HVB).link(WELLBEING, "start", "2025-01-02").answered();
    }

    IndicatorResult r = rate(IndicatorQuery.by("episode-type"));

    assertThat(figure(r, "episode-type=support-group")).isEqualTo(Figure.of(2 / 3.0, 3));
    assertThat(figure(r, "episode-type=hvb")).isEqualTo(Figure.of(1, 3));
    assertThat(figure(r)).isEqualTo(Figure.of(5 / 6.0, 6));
  }

  private Region.Link link(String created) {
    return region.episode("2025-02-01").link(WELLBEING, "end", created);
  }

  private IndicatorResult rate(IndicatorQuery query) {
    return Engines.engine(region, new Instruments()).evaluate(Engines.ANALYST, "survey-response-rate", query);
  }
}
