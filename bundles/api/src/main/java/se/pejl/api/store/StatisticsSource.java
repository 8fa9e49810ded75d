package se.pejl.api.store;

import java.time.Instant;

/**
 * Everything statistics are computed from, read in bulk and then kept up to date by reading what
 * changed since. Rows from every municipality: for aggregates only, never shown per client.
 */
public interface StatisticsSource {

  /**
   * Streams every row changed at or after {@code since} (every row when null) to the sink. An
   * episode is sent with all its goals and occasions marked not applicable, an answer with all its
   * scores and item values, so the sink may replace what it held for them. Answers still waiting
   * for their demographic snapshot are sent too, with gender and age null.
   *
   * @return the latest change time among the rows sent, or {@code since} when none changed; a
   *     later call should start somewhat before it, as a transaction that commits late may carry
   *     an earlier change time
   */
  Instant changedSince(Instant since, StatisticsSink sink);

  /**
   * How many transactions this server has committed to the database since it started, so that a
   * reader can tell cheaply whether anything may have changed here. Other servers writing to a
   * shared database do not move it: a reader asks {@link #changedSince} now and then regardless.
   *
   * @return the count, or -1 when this source cannot tell (then a reader asks every time)
   */
  default long localCommits() {
    return -1;
  }
}
