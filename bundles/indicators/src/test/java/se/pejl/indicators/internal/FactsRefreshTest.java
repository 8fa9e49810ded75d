package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.store.StatisticsSink;
import se.pejl.api.store.StatisticsSource;

/** When the facts ask the database what changed: after every local commit, else at most once a second. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FactsRefreshTest {

  /** Counts the questions; its commit count is whatever the test sets. */
  static final class Source implements StatisticsSource {
    long commits;
    int asked;

    @Override
    public Instant changedSince(Instant since, StatisticsSink sink) {
      asked++;
      return since;
    }

    @Override
    public long localCommits() {
      return commits;
    }
  }

  final Source source = new Source();
  final Facts facts = new Facts(Clock.systemUTC());

  @Test
  void with_no_commit_since_the_last_read_the_database_is_not_asked_again_at_once() {
    facts.refresh(source);
    facts.refresh(source);
    facts.refresh(source);

    assertThat(source.asked).isEqualTo(1);
  }

  @Test
  void a_commit_here_makes_the_next_read_ask() {
    facts.refresh(source);
    source.commits++; // an answer was submitted on this server

    facts.refresh(source);

    assertThat(source.asked).isEqualTo(2);
  }

  @Test
  void a_source_that_cannot_count_its_commits_is_asked_every_time() {
    StatisticsSource uncounted = new StatisticsSource() {
      @Override
      public Instant changedSince(Instant since, StatisticsSink sink) {
        source.asked++;
        return since;
      }
    };
    facts.refresh(uncounted);
    facts.refresh(uncounted);

    assertThat(source.asked).isEqualTo(2);
  }
}
