package se.pejl.indicators.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.Gender;
import se.pejl.api.store.StatisticsSink;
import se.pejl.api.store.StatisticsSource;

/**
 * A region's database as the engine sees it: episodes, answers and survey links, each added in a
 * line and changed by chaining. Every {@link #changedSince} replays every row, as the facts
 * replace the rows they have seen; so a row added or changed between two evaluations is in the
 * second.
 */
final class Region implements StatisticsSource {
  static final String TJORN = "1407";
  static final String SKOVDE = "1496";
  static final String GOTEBORG = "1480";
  static final String SUPPORT_GROUP = "support-group";
  static final String HVB = "hvb";

  private final List<Episode> episodes = new ArrayList<>();
  private final List<Answer> answers = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();

  /** An episode of a girl of 12 in Tjörn's family unit: a support group started on the day. */
  Episode episode(String started) {
    Episode e = new Episode(episodes.size() + 1, day(started));
    episodes.add(e);
    return e;
  }

  /** An anonymous answer from a support group: no episode, no gender, no age. */
  Answer groupAnswer(String group, String instrument, String occasion, String day) {
    Answer a = new Answer(answers.size() + 1, null, instrument, occasion, day(day));
    a.group = group;
    answers.add(a);
    return a;
  }

  @Override
  public Instant changedSince(Instant since, StatisticsSink sink) {
    for (Answer a : answers) {
      sink.answer(new StatisticsSink.Answer(a.id, a.episode == null ? null : a.episode.id, a.group,
          a.municipality(), a.unit(), a.gender, a.age, a.instrument, a.version, a.occasion, a.day));
      a.scores.forEach((scale, score) -> sink.score(a.id, scale, score));
      a.items.forEach((item, value) -> sink.item(a.id, item, value));
    }
    for (Episode e : episodes) {
      sink.episode(new StatisticsSink.Episode(e.id, e.municipality, e.unit, e.type, e.group, e.start,
          e.plannedEnd, e.end, e.purpose, e.content, e.result));
      e.goals.forEach(g -> sink.goal(e.id, g));
      e.notApplicable.forEach(o -> sink.notApplicable(e.id, o));
    }
    links.forEach(l -> sink.surveyLink(new StatisticsSink.SurveyLink(l.id, l.episode == null ? l.municipality
        : l.episode.municipality, l.episode == null ? l.unit : l.episode.unit, l.episode == null ? null : l.episode.id,
        l.group, l.instrument, l.occasion, l.createdAt, l.expiresAt, l.answers, l.withdrawn)));
    return Engines.NOW.instant();
  }

  static LocalDate day(String day) {
    return day == null ? null : LocalDate.parse(day);
  }

  /** Noon in Sweden on the day. */
  static Instant noon(String day) {
    return LocalDate.parse(day).atTime(12, 0).atZone(DefaultIndicatorEngine.SWEDEN).toInstant();
  }

  /** One intervention (insats) for one child, whose snapshot its answers carry. */
  final class Episode {
    final long id;
    final LocalDate start;
    String municipality = TJORN;
    String unit = "familjeenheten";
    String type = SUPPORT_GROUP;
    String group;
    LocalDate plannedEnd;
    LocalDate end;
    boolean purpose;
    boolean content;
    boolean result;
    Gender gender = Gender.GIRL;
    Integer age = 12;
    final List<Integer> goals = new ArrayList<>();
    final Set<String> notApplicable = new LinkedHashSet<>();

    private Episode(long id, LocalDate start) {
      this.id = id;
      this.start = start;
    }

    Episode in(String municipality) {
      this.municipality = municipality;
      return this;
    }

    Episode unit(String unit) {
      this.unit = unit;
      return this;
    }

    Episode type(String type) {
      this.type = type;
      return this;
    }

    Episode group(String group) {
      this.group = group;
      return this;
    }

    Episode plannedEnd(String day) {
      this.plannedEnd = day(day);
      return this;
    }

    Episode ended(String day) {
      this.end = day(day);
      return this;
    }

    Episode purpose() {
      this.purpose = true;
      return this;
    }

    Episode content() {
      this.content = true;
      return this;
    }

    Episode result() {
      this.result = true;
      return this;
    }

    /** Goals in order, each rated −2…+2, or null while not rated. */
    Episode goals(Integer... ratings) {
      goals.addAll(Arrays.asList(ratings));
      return this;
    }

    Episode notApplicable(String occasion) {
      notApplicable.add(occasion);
      return this;
    }

    /** The child's snapshot, sent with each of the episode's answers; a null age is not known. */
    Episode child(Gender gender, Integer age) {
      this.gender = gender;
      this.age = age;
      return this;
    }

    Answer answers(String instrument, String occasion, String day) {
      Answer a = new Answer(answers.size() + 1, this, instrument, occasion, day(day));
      a.gender = gender;
      a.age = age;
      answers.add(a);
      return a;
    }

    /** A personal survey link made on the day, open for 14 days and not answered. */
    Link link(String instrument, String occasion, String created) {
      return link(instrument, occasion, noon(created));
    }

    Link link(String instrument, String occasion, Instant created) {
      Link l = new Link(links.size() + 1, this, instrument, occasion, created);
      links.add(l);
      return l;
    }
  }

  /** A group survey link: anyone in the group can answer it. */
  Link groupLink(String group, String instrument, String occasion, String created) {
    Link l = new Link(links.size() + 1, null, instrument, occasion, noon(created));
    l.group = group;
    l.municipality = TJORN;
    l.unit = "familjeenheten";
    links.add(l);
    return l;
  }

  /** One submitted answer with its scale scores and item values. */
  final class Answer {
    final long id;
    final Episode episode;
    final String instrument;
    final String occasion;
    final LocalDate day;
    String group;
    String municipality = TJORN;
    String unit = "familjeenheten";
    Gender gender;
    Integer age;
    int version = 1;
    final Map<String, Double> scores = new LinkedHashMap<>();
    final Map<String, Double> items = new LinkedHashMap<>();

    private Answer(long id, Episode episode, String instrument, String occasion, LocalDate day) {
      this.id = id;
      this.episode = episode;
      this.instrument = instrument;
      this.occasion = occasion;
      this.day = day;
    }

    Answer score(String scale, double score) {
      scores.put(scale, score);
      return this;
    }

    Answer item(String item, double value) {
      items.put(item, value);
      return this;
    }

    Answer version(int version) {
      this.version = version;
      return this;
    }

    /** As the store sends an answer whose demographic snapshot the host has not given yet. */
    Answer waitingForSnapshot() {
      gender = null;
      age = null;
      return this;
    }

    Answer snapshot(Gender gender, Integer age) {
      this.gender = gender;
      this.age = age;
      return this;
    }

    Answer from(String municipality, String unit) {
      this.municipality = municipality;
      this.unit = unit;
      return this;
    }

    private String municipality() {
      return episode == null ? municipality : episode.municipality;
    }

    private String unit() {
      return episode == null ? unit : episode.unit;
    }
  }

  /** A survey link, personal (of an episode) or of a group. */
  final class Link {
    final long id;
    final Episode episode;
    final String instrument;
    final String occasion;
    final Instant createdAt;
    Instant expiresAt;
    String group;
    String municipality;
    String unit;
    int answers;
    boolean withdrawn;

    private Link(long id, Episode episode, String instrument, String occasion, Instant createdAt) {
      this.id = id;
      this.episode = episode;
      this.instrument = instrument;
      this.occasion = occasion;
      this.createdAt = createdAt;
      this.expiresAt = createdAt.plus(Duration.ofDays(14));
    }

    Link answered() {
      return answeredBy(1);
    }

    Link answeredBy(int respondents) {
      this.answers = respondents;
      return this;
    }

    Link withdrawn() {
      this.withdrawn = true;
      return this;
    }
  }
}
