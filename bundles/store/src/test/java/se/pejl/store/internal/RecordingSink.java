package se.pejl.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.store.StatisticsSink;

/** Keeps every row it receives, by id, and the order of the kinds of rows. */
final class RecordingSink implements StatisticsSink {
  /** The sink's order: answers, their values, episodes, their goals and marks, links. */
  private static final Map<String, Integer> PHASE = Map.of(
      "answer", 0, "score", 1, "item", 1, "episode", 2, "goal", 3, "notApplicable", 3, "surveyLink", 4);

  final Map<Long, Answer> answers = new LinkedHashMap<>();
  final Map<Long, Map<String, Double>> scores = new HashMap<>();
  final Map<Long, Map<String, Double>> items = new HashMap<>();
  final Map<Long, Episode> episodes = new LinkedHashMap<>();
  final Map<Long, List<Integer>> goals = new HashMap<>();
  final Map<Long, List<String>> notApplicable = new HashMap<>();
  final Map<Long, SurveyLink> links = new LinkedHashMap<>();
  /** The phase of each call, in order. */
  final List<Integer> phases = new ArrayList<>();

  @Override
  public void answer(Answer answer) {
    called("answer");
    answers.put(answer.id(), answer);
  }

  @Override
  public void score(long answerId, String scaleId, double score) {
    called("score");
    scores.computeIfAbsent(answerId, k -> new HashMap<>()).put(scaleId, score);
  }

  @Override
  public void item(long answerId, String itemId, double value) {
    called("item");
    items.computeIfAbsent(answerId, k -> new HashMap<>()).put(itemId, value);
  }

  @Override
  public void episode(Episode episode) {
    called("episode");
    episodes.put(episode.id(), episode);
  }

  @Override
  public void goal(long episodeId, Integer attainment) {
    called("goal");
    goals.computeIfAbsent(episodeId, k -> new ArrayList<>()).add(attainment);
  }

  @Override
  public void notApplicable(long episodeId, String occasion) {
    called("notApplicable");
    notApplicable.computeIfAbsent(episodeId, k -> new ArrayList<>()).add(occasion);
  }

  @Override
  public void surveyLink(SurveyLink link) {
    called("surveyLink");
    links.put(link.id(), link);
  }

  /** Drops the rows' write times, so that rows can be compared with ones a test writes out. */
  void forgetWriteTimes() {
    answers.replaceAll((id, a) -> new Answer(a.id(), a.episodeId(), a.groupId(), a.municipality(), a.unit(),
        a.gender(), a.age(), a.instrumentId(), a.instrumentVersion(), a.occasion(), a.answeredOn()));
    episodes.replaceAll((id, e) -> new Episode(e.id(), e.municipality(), e.unit(), e.type(), e.groupId(),
        e.start(), e.plannedEnd(), e.end(), e.purposeWritten(), e.contentWritten(), e.resultWritten()));
    links.replaceAll((id, l) -> new SurveyLink(l.id(), l.municipality(), l.unit(), l.episodeId(), l.groupId(),
        l.instrumentId(), l.occasion(), l.createdAt(), l.expiresAt(), l.answers(), l.withdrawn()));
  }

  private void called(String kind) {
    phases.add(PHASE.get(kind));
  }
}
