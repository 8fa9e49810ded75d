package se.pejl.indicators.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import se.pejl.api.store.StatisticsSink;
import se.pejl.api.store.StatisticsSource;

/**
 * Everything indicators are computed from, held in memory as columns (a column cache): read from
 * the database once, then brought up to date before every evaluation by reading only what changed
 * since the previous one, so a submitted answer is in the next indicator read.
 */
final class Facts implements StatisticsSink {
  /**
   * How far back each refresh looks again: a transaction stamps its rows when it writes them but
   * they are seen only once it commits, and servers sharing a regional database differ a little in
   * clock. A row seen again with its earlier write time is skipped ({@link Resent}).
   */
  static final Duration OVERLAP = Duration.ofSeconds(10);
  /** How soon another server's changes to a shared database are seen. */
  static final Duration REMOTE = Duration.ofSeconds(1);

  final Dictionary municipalities = new Dictionary();
  final Dictionary units = new Dictionary();
  final Dictionary types = new Dictionary();
  final Dictionary groups = new Dictionary();
  final Dictionary occasions = new Dictionary();
  final Dictionary instruments = new Dictionary();
  final EpisodeTable episodes = new EpisodeTable();
  final LinkTable links = new LinkTable();
  private final AnswerTables answers = new AnswerTables();
  private final LongIntMap episodeRows = new LongIntMap();
  private final LongIntMap linkRows = new LongIntMap();
  private int unresolved;
  /** A support group's episode type, for anonymous answers that only name their group. */
  private final Map<Integer, Integer> groupTypes = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Clock clock;
  private Instant since;
  private long changes;
  private volatile long seenCommits = -1;
  private volatile long lastRead;
  /** Figures derived from the facts as they are now; emptied whenever a row arrives. */
  private final Derived derived = new Derived();
  /** Figures derived from the episodes alone; emptied when an episode arrives. */
  private final Derived derivedFromEpisodes = new Derived();
  private boolean episodesChanged;
  private final Resent resent = new Resent();

  Facts(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reads what changed since the last refresh (everything, the first time). Skipped while this
   * server has committed nothing since and the last read is less than {@link #REMOTE} old: a
   * submitted answer is in the next read, another server's in a shared database within that time.
   */
  void refresh(StatisticsSource source) {
    long commits = source.localCommits();
    if (commits >= 0 && commits == seenCommits && System.nanoTime() - lastRead < REMOTE.toNanos()) {
      return;
    }
    lock.writeLock().lock();
    try {
      // Taken before reading, so that a commit during the read is read again next time.
      seenCommits = commits;
      lastRead = System.nanoTime();
      Instant started = clock.instant();
      long before = changes;
      resent.clear();
      try {
        source.changedSince(since, this);
      } catch (RuntimeException | Error e) {
        forgetRead();
        throw e;
      }
      since = started.minus(OVERLAP);
      resolveEpisodes();
      if (changes != before) {
        derived.clear();
      }
      if (episodesChanged) {
        derivedFromEpisodes.clear();
        episodesChanged = false;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * After a read that failed half-way: its rows may lack the scores, goals and marks that were to
   * follow, so none of them may count as seen when the next read sends them again.
   */
  private void forgetRead() {
    Resent.forget(since, answers.all(), episodes, links);
    derived.clear();
    derivedFromEpisodes.clear();
    seenCommits = -1;
  }

  /** Reads the facts under the read lock: evaluations run side by side, refreshes wait. */
  <T> T read(Function<Facts, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(this);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A figure derived from the facts, computed once and kept until a row changes. */
  <T> T derived(Object key, Supplier<T> compute) {
    return derived.get(key, compute);
  }

  /** As {@link #derived}, for a figure that only an episode's change can alter. */
  <T> T derivedFromEpisodes(Object key, Supplier<T> compute) {
    return derivedFromEpisodes.get(key, compute);
  }

  AnswerTable answers(String instrument) {
    return answers.of(instrument);
  }

  Collection<AnswerTable> answerTables() {
    return answers.all();
  }

  /** The type of the group's episodes, 0 when none is known. */
  int typeOfGroup(int group) {
    return group == 0 ? 0 : groupTypes.getOrDefault(group, 0);
  }

  /** The episode's row, or -1. */
  int episodeRow(long episodeId) {
    return episodeRows.get(episodeId);
  }

  @Override
  public void answer(Answer a) {
    if (answers.holds(a.id(), a.updatedAt())) {
      resent.answer(a.id());
      return;
    }
    changes++;
    AnswerTables.Slot slot = answers.place(a.id(), a.instrumentId(), instruments);
    AnswerTable table = slot.table();
    int row = slot.row();
    table.episode[row] = a.episodeId() == null ? 0 : a.episodeId();
    table.episodeRow[row] = a.episodeId() == null ? -1 : episodeRows.get(a.episodeId());
    if (a.episodeId() != null && table.episodeRow[row] < 0) {
      unresolved++;
    }
    table.group[row] = groups.code(a.groupId());
    table.municipality[row] = municipalities.code(a.municipality());
    table.unit[row] = units.code(a.unit());
    table.gender[row] = AnswerTable.gender(a);
    table.age[row] = a.age() == null ? -1 : (byte) Math.min(a.age(), Byte.MAX_VALUE);
    table.version[row] = a.instrumentVersion();
    table.occasion[row] = occasions.code(a.occasion());
    table.day[row] = (int) a.answeredOn().toEpochDay();
    table.stamp[row] = Resent.stamp(a.updatedAt());
  }

  @Override
  public void score(long answerId, String scaleId, double score) {
    if (resent.isAnswer(answerId)) {
      return;
    }
    answers.score(answerId, scaleId, score);
  }

  @Override
  public void item(long answerId, String itemId, double value) {
    if (resent.isAnswer(answerId)) {
      return;
    }
    answers.item(answerId, itemId, value);
  }

  @Override
  public void episode(Episode e) {
    int row = episodeRows.get(e.id());
    if (row >= 0 && Resent.same(episodes.stamp[row], e.updatedAt())) {
      resent.episode(e.id());
      return;
    }
    changes++;
    episodesChanged = true;
    if (row < 0) {
      row = episodes.append(e.id());
      episodeRows.put(e.id(), row);
    } else {
      episodes.clearGoalsAndMarks(row);
    }
    episodes.municipality[row] = municipalities.code(e.municipality());
    episodes.unit[row] = units.code(e.unit());
    episodes.type[row] = types.code(e.type());
    episodes.group[row] = groups.code(e.groupId());
    if (episodes.group[row] != 0) {
      groupTypes.putIfAbsent(episodes.group[row], episodes.type[row]);
    }
    episodes.start[row] = Columns.day(e.start());
    episodes.plannedEnd[row] = Columns.day(e.plannedEnd());
    episodes.end[row] = Columns.day(e.end());
    episodes.stamp[row] = Resent.stamp(e.updatedAt());
    episodes.documented[row] = (byte) ((e.purposeWritten() ? EpisodeTable.PURPOSE : 0)
        | (e.contentWritten() ? EpisodeTable.CONTENT : 0) | (e.resultWritten() ? EpisodeTable.RESULT : 0));
  }

  @Override
  public void goal(long episodeId, Integer attainment) {
    if (resent.isEpisode(episodeId)) {
      return;
    }
    episodesChanged = true;
    int row = episodeRows.get(episodeId);
    if (row >= 0) {
      episodes.goal(row, attainment);
    }
  }

  @Override
  public void notApplicable(long episodeId, String occasion) {
    if (resent.isEpisode(episodeId)) {
      return;
    }
    episodesChanged = true;
    int row = episodeRows.get(episodeId);
    if (row >= 0) {
      episodes.notApplicable(row, occasions.code(occasion));
    }
  }

  @Override
  public void surveyLink(SurveyLink l) {
    int row = linkRows.get(l.id());
    if (row >= 0 && Resent.same(links.stamp[row], l.updatedAt())) {
      return;
    }
    changes++;
    if (row < 0) {
      row = links.append(l.id());
      linkRows.put(l.id(), row);
    }
    links.municipality[row] = municipalities.code(l.municipality());
    links.unit[row] = units.code(l.unit());
    links.episode[row] = l.episodeId() == null ? 0 : l.episodeId();
    links.group[row] = groups.code(l.groupId());
    links.instrument[row] = instruments.code(l.instrumentId());
    links.occasion[row] = occasions.code(l.occasion());
    // The Swedish day, as every other day of the facts: a link made at 00:30 on 1 July is July's.
    links.createdDay[row] = (int) LocalDate.ofInstant(l.createdAt(), DefaultIndicatorEngine.SWEDEN).toEpochDay();
    links.expiresAt[row] = l.expiresAt().getEpochSecond();
    links.answers[row] = l.answers();
    links.withdrawn[row] = (byte) (l.withdrawn() ? 1 : 0);
    links.stamp[row] = Resent.stamp(l.updatedAt());
  }

  /** Answers can arrive before their episode (another server's, in a shared database). */
  private void resolveEpisodes() {
    if (unresolved == 0) {
      return;
    }
    unresolved = answers.resolveEpisodes(episodeRows);
  }
}
