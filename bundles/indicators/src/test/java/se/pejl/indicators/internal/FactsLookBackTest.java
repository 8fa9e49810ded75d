package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Gender;
import se.pejl.api.store.StatisticsSink;
import se.pejl.api.store.StatisticsSource;

/**
 * A source looks back a little on every read, so the rows written just before come again. Sent
 * again with the time they were written before, they have not changed: the figures derived from
 * the facts are kept, and an episode's goals are not counted twice.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FactsLookBackTest {
  private static final Instant NINE = Instant.parse("2026-03-02T08:00:00.123456789Z");

  /** Sends one answer, one episode with two rated goals and one link, every time it is asked. */
  static final class LookingBack implements StatisticsSource {
    Instant answerWritten = NINE;
    Instant episodeWritten = NINE;
    double total = 12;

    @Override
    public Instant changedSince(Instant since, StatisticsSink sink) {
      sink.answer(new StatisticsSink.Answer(1, 10L, null, "1496", "Stödgruppen", Gender.GIRL, 11,
          "child-wellbeing", 1, "start", LocalDate.of(2026, 3, 1), answerWritten));
      sink.score(1, "total", total);
      sink.episode(new StatisticsSink.Episode(10, "1496", "Stödgruppen", "support-group", null,
          LocalDate.of(2026, 2, 1), null, null, true, false, false, episodeWritten));
      sink.goal(10, 2);
      sink.goal(10, 1);
      sink.notApplicable(10, "end");
      sink.surveyLink(new StatisticsSink.SurveyLink(5, "1496", "Stödgruppen", 10L, null, "child-wellbeing",
          "start", NINE, NINE.plusSeconds(86_400), 1, false, NINE));
      return NINE;
    }
  }

  private final LookingBack source = new LookingBack();
  private final Facts facts = new Facts(Clock.systemUTC());
  private final AtomicInteger computed = new AtomicInteger();

  @Test
  void rows_sent_again_unchanged_keep_the_derived_figures_and_count_once() {
    facts.refresh(source);
    facts.derived("overview", computed::incrementAndGet);
    facts.derivedFromEpisodes("documented", computed::incrementAndGet);

    facts.refresh(source);
    facts.derived("overview", computed::incrementAndGet);
    facts.derivedFromEpisodes("documented", computed::incrementAndGet);

    assertThat(computed).hasValue(2);
    int episode = facts.episodeRow(10);
    assertThat(facts.episodes.ratedGoals[episode]).isEqualTo(2);
    assertThat(facts.episodes.ratingSum[episode]).isEqualTo(3);
    assertThat(facts.answers("child-wellbeing").scores("total")[0]).isEqualTo(12f);
  }

  @Test
  void an_answer_written_again_replaces_its_scores_and_empties_the_derived_figures() {
    facts.refresh(source);
    facts.derived("overview", computed::incrementAndGet);
    facts.derivedFromEpisodes("documented", computed::incrementAndGet);

    source.answerWritten = NINE.plusNanos(1);
    source.total = 15;
    facts.refresh(source);
    facts.derived("overview", computed::incrementAndGet);
    facts.derivedFromEpisodes("documented", computed::incrementAndGet);

    assertThat(computed).as("the answer's figures again, the episodes' kept").hasValue(3);
    assertThat(facts.answers("child-wellbeing").scores("total")[0]).isEqualTo(15f);
    assertThat(facts.answers("child-wellbeing").size).isEqualTo(1);
  }

  @Test
  void an_episode_written_again_has_its_goals_read_afresh() {
    facts.refresh(source);
    facts.derivedFromEpisodes("documented", computed::incrementAndGet);

    source.episodeWritten = NINE.plusMillis(5);
    facts.refresh(source);
    facts.derivedFromEpisodes("documented", computed::incrementAndGet);

    assertThat(computed).hasValue(2);
    int episode = facts.episodeRow(10);
    assertThat(facts.episodes.ratedGoals[episode]).isEqualTo(2);
    assertThat(facts.episodes.notApplicable.get(episode)).hasSize(1);
  }

  @Test
  void a_read_that_fails_half_way_is_read_again_whole() {
    // Five seconds after the rows were written: the next read looks back to five seconds before.
    Facts facts = new Facts(Clock.fixed(NINE.plusSeconds(5), java.time.ZoneOffset.UTC));
    facts.refresh(source);
    source.answerWritten = NINE.plusSeconds(1);
    source.total = 15;
    StatisticsSource failing = (since, sink) -> {
      sink.answer(new StatisticsSink.Answer(1, 10L, null, "1496", "Stödgruppen", Gender.GIRL, 11,
          "child-wellbeing", 1, "start", LocalDate.of(2026, 3, 1), source.answerWritten));
      throw new IllegalStateException("the database went away before the scores");
    };
    assertThatThrownBy(() -> facts.refresh(failing)).isInstanceOf(IllegalStateException.class);

    facts.refresh(source);
    facts.derived("overview", computed::incrementAndGet);

    assertThat(facts.answers("child-wellbeing").scores("total")[0]).as("the score sent with the answer").isEqualTo(15f);
    assertThat(facts.episodes.ratedGoals[facts.episodeRow(10)]).isEqualTo(2);
    assertThat(computed).hasValue(1);
  }

  @Test
  void a_source_that_does_not_say_when_rows_were_written_has_every_row_counted_as_changed() {
    StatisticsSource unstamped = (since, sink) -> {
      sink.answer(new StatisticsSink.Answer(1, null, "group-1", "1496", "Stödgruppen", null, null,
          "child-wellbeing", 1, "start", LocalDate.of(2026, 3, 1)));
      return since;
    };
    facts.refresh(unstamped);
    facts.derived("overview", computed::incrementAndGet);
    facts.refresh(unstamped);
    facts.derived("overview", computed::incrementAndGet);

    assertThat(computed).hasValue(2);
  }
}
