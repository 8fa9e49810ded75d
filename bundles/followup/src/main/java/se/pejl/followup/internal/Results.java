package se.pejl.followup.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import se.pejl.api.followup.Change;
import se.pejl.api.followup.EpisodeResults;
import se.pejl.api.followup.Occasion;
import se.pejl.api.followup.Response;
import se.pejl.api.followup.ScaleCourse;
import se.pejl.api.followup.ScorePoint;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;

/**
 * An episode's answers as scale courses: each scale's scores by occasion and the change from the
 * first to the latest. No access checks or auditing here.
 */
final class Results {
  /** Occasions in the order of an intervention; a start answered late is still the baseline. */
  private static final List<String> OCCASION_ORDER = List.of(Occasion.START, Occasion.END, Occasion.FOLLOW_UP_6M);

  private static final Comparator<Response> CHRONOLOGY = Comparator
      .comparingInt((Response r) -> rank(r.occasion()))
      .thenComparing(Response::answeredOn, Comparator.nullsLast(Comparator.naturalOrder()));

  private final InstrumentRegistry instruments;
  private final BiFunction<String, String, Optional<Norm>> norms;

  /**
   * @param norms the norm for an instrument's scale when it publishes none: the indicators' own,
   *     so a child's category here is the one the indicators count
   */
  Results(InstrumentRegistry instruments, BiFunction<String, String, Optional<Norm>> norms) {
    this.instruments = instruments;
    this.norms = norms;
  }

  EpisodeResults of(long episodeId, List<Response> responses) {
    Map<String, List<Response>> byInstrument = new LinkedHashMap<>();
    responses.forEach(r -> byInstrument.computeIfAbsent(r.instrumentId(), k -> new ArrayList<>()).add(r));
    List<ScaleCourse> courses = new ArrayList<>();
    byInstrument.forEach((id, answers) -> {
      List<Response> ordered = answers.stream().sorted(CHRONOLOGY).toList();
      Response latest = ordered.get(ordered.size() - 1);
      Optional<Instrument> definition = instruments.find(id, latest.instrumentVersion());
      for (String scaleId : scaleIds(definition, ordered)) {
        courses.add(course(id, scaleId, ordered));
      }
    });
    return new EpisodeResults(episodeId, courses);
  }

  private ScaleCourse course(String instrumentId, String scaleId, List<Response> ordered) {
    List<ScorePoint> points = ordered.stream().filter(r -> r.scores().containsKey(scaleId))
        .map(r -> new ScorePoint(r.occasion(), r.answeredOn(), r.instrumentVersion(), r.scores().get(scaleId)))
        .toList();
    ScorePoint last = points.get(points.size() - 1);
    Scale scale = instruments.find(instrumentId, last.instrumentVersion())
        .flatMap(i -> i.scale(scaleId)).orElse(null);
    Change change = points.size() < 2 ? null : change(instrumentId, scaleId, scale, points.get(0), last);
    return scale == null
        ? new ScaleCourse(instrumentId, scaleId, scaleId, scaleId, null, true, null, points, change)
        : new ScaleCourse(instrumentId, scaleId, scale.name().sv(), scale.name().en(), scale.bbicArea(),
            scale.higherIsBetter(), scale.cutOff(), points, change);
  }

  private Change change(String instrumentId, String scaleId, Scale scale, ScorePoint from, ScorePoint to) {
    if (scale == null) {
      return ReliableChange.unknown(null, from, to, Change.Reason.DEFINITION_MISSING);
    }
    if (!instruments.comparable(instrumentId, scaleId, from.instrumentVersion(), to.instrumentVersion())) {
      return ReliableChange.unknown(scale, from, to, Change.Reason.VERSIONS_NOT_COMPARABLE);
    }
    Scale normed = scale.usableNorm().isPresent() ? scale
        : norms.apply(instrumentId, scaleId).map(scale::withNorm).orElse(scale);
    return ReliableChange.between(normed, from, to);
  }

  /** The latest definition's scales in its order, then any others that were scored, by id. */
  private static Set<String> scaleIds(Optional<Instrument> definition, List<Response> answers) {
    Set<String> scored = new TreeSet<>();
    answers.forEach(r -> scored.addAll(r.scores().keySet()));
    Set<String> ids = new LinkedHashSet<>();
    definition.ifPresent(i -> i.scales().stream().map(Scale::id).filter(scored::contains).forEach(ids::add));
    ids.addAll(scored);
    return ids;
  }

  private static int rank(String occasion) {
    int i = OCCASION_ORDER.indexOf(occasion);
    return i >= 0 ? i : OCCASION_ORDER.size();
  }
}
