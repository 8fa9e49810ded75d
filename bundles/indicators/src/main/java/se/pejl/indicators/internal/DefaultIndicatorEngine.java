package se.pejl.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.MeasurementPlans;
import se.pejl.api.followup.Occasion;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.SurveyDistribution;
import se.pejl.api.store.StatisticsSource;

/**
 * Evaluates the indicators the extender provides over the facts in memory. Aggregates only: a cell
 * never names a child, and small cells are suppressed before anything leaves the engine.
 */
@Component(service = IndicatorEngine.class, configurationPid = IndicatorConfig.PID, immediate = true)
@Designate(ocd = IndicatorConfig.class)
public final class DefaultIndicatorEngine implements IndicatorEngine {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultIndicatorEngine.class);
  /** Swedish statistics follow Swedish days: a period ends at midnight in Sweden. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final StatisticsSource source;
  private final IndicatorExtender definitions;
  private final Facts facts;
  private final Thresholds thresholds;
  private final AgeBands bands;
  private final Clock clock;
  private final AnswerEvaluation answers;
  private final ChangeEvaluation changes;
  private final EpisodeEvaluation episodes = new EpisodeEvaluation();
  private final CoverageEvaluation coverage;
  private final LinkEvaluation links = new LinkEvaluation();
  private final Distributions distributions;

  @Activate
  public DefaultIndicatorEngine(@Reference StatisticsSource source, @Reference InstrumentRegistry instruments,
      @Reference MeasurementPlans plans, @Reference IndicatorExtender definitions, IndicatorConfig config) {
    this(source, instruments, plans, definitions, new Thresholds(config.threshold(), config.municipalityThresholds()),
        ageBands(config.ageBands()), Clock.system(SWEDEN));
    long started = System.nanoTime();
    facts.refresh(source);
    LOG.info("Indicator facts read in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  DefaultIndicatorEngine(StatisticsSource source, InstrumentRegistry instruments, MeasurementPlans plans,
      IndicatorExtender definitions, Thresholds thresholds, AgeBands bands, Clock clock) {
    this.source = source;
    this.definitions = definitions;
    this.thresholds = thresholds;
    this.bands = bands;
    this.clock = clock;
    this.facts = new Facts(clock);
    this.answers = new AnswerEvaluation(instruments);
    this.changes = new ChangeEvaluation(instruments);
    this.coverage = new CoverageEvaluation(plans);
    this.distributions = new Distributions(instruments, bands, thresholds);
  }

  private static AgeBands ageBands(String spec) {
    try {
      return new AgeBands(spec);
    } catch (IllegalArgumentException e) {
      LOG.error("Indicator age bands \"{}\" not used: {}; using 7-12, 13-15, 16-20", spec, e.getMessage());
      return new AgeBands("7-12, 13-15, 16-20");
    }
  }

  @Override
  public List<IndicatorInfo> indicators() {
    return definitions.all().stream().map(IndicatorDefinition::info).toList();
  }

  @Override
  public Optional<Norm> norm(String instrumentId, String scaleId) {
    facts.refresh(source);
    return facts.read(f -> changes.norm(f, instrumentId, scaleId, Occasion.START));
  }

  @Override
  public Optional<String> definitionSchema() {
    return IndicatorExtender.schema();
  }

  @Override
  public IndicatorResult evaluate(PejlUser user, String indicatorId, IndicatorQuery query) {
    user.require(Role.MANAGER, Role.ANALYST, Role.CASEWORKER);
    IndicatorDefinition def = definitions.find(indicatorId)
        .orElseThrow(() -> new NotFoundException("error.indicator.unknown", indicatorId));
    List<Dimension> dims = new QueryCheck(def).dimensions(query.by());
    facts.refresh(source);
    // The same table, asked again before anything changed, is the one computed last time: the
    // facts empty these when a row arrives, so a submitted answer is in the next read. Coverage
    // depends on the day, a response rate on links expiring any minute.
    Object asOf = def.source().population() == Population.LINKS
        ? clock.instant().truncatedTo(ChronoUnit.MINUTES) : LocalDate.now(clock);
    return facts.read(f -> f.derived(List.of("table", def, query, asOf), () -> table(def, dims, query, f, asOf)));
  }

  @Override
  public SurveyDistribution distribution(PejlUser user, String instrumentId, String occasion, IndicatorQuery query) {
    user.require(Role.MANAGER, Role.ANALYST, Role.CASEWORKER);
    Distributions.check(query);
    facts.refresh(source);
    // Kept as the tables are, until a row arrives; and until a new version of the instrument is
    // provided, whose texts a distribution of an instrument no one has answered yet shows.
    List<Object> key = Arrays.asList("distribution", instrumentId, occasion, query, distributions.newest(instrumentId));
    return facts.read(f -> f.derived(key, () -> distributions.of(f, instrumentId, occasion, query)));
  }

  private IndicatorResult table(IndicatorDefinition def, List<Dimension> dims, IndicatorQuery query, Facts f,
      Object asOf) {
    List<Cell> cells = cells(def, dims, query, f, asOf);
    List<String> keys = dims.stream().map(Dimension::key).toList();
    ToIntFunction<Cell> threshold = thresholds.forCells(query.municipality());
    // The same table with its filters widened, for the rest rule: each is kept as a table is, so
    // asking for it next, or for the next unit, costs nothing more.
    RestRule rests = new RestRule(query);
    Set<Map<String, String>> exposed = !rests.applies() ? Set.of() : rests.exposed(sizes(cells),
        q -> sizes(cells(def, dims, q, f, asOf)), k -> threshold.applyAsInt(Cell.of(k, null, 0)));
    List<Cell> published = new Suppression(threshold).apply(cells, keys, c -> exposed.contains(c.key()));
    return new IndicatorResult(def.info(), keys, query.period(), thresholds.of(
        query.municipality() == null ? null : query.municipality().value()), thresholds.own(), published);
  }

  /** The table's cells before any is hidden, in table order. */
  private List<Cell> cells(IndicatorDefinition def, List<Dimension> dims, IndicatorQuery query, Facts f,
      Object asOf) {
    return f.derived(List.of("cells", def, query, asOf), () -> {
      Scope scope = new QueryCheck(def).scope(f, query);
      List<Axis> axes = new ArrayList<>();
      dims.forEach(d -> axes.add(new Axis(d, raw -> label(f, d, raw))));
      Observations obs = new Observations(axes, scope);
      observe(def, f, obs);
      List<Cell> cells = new ArrayList<>(new Tabulation(obs, aggregate(def.kind())).cells());
      cells.sort(byKey(dims.stream().map(Dimension::key).toList()));
      return List.copyOf(cells);
    });
  }

  private static Map<Map<String, String>, Integer> sizes(List<Cell> cells) {
    Map<Map<String, String>, Integer> sizes = new HashMap<>();
    cells.forEach(c -> sizes.put(c.key(), c.n() == null ? 0 : c.n()));
    return sizes;
  }

  private void observe(IndicatorDefinition def, Facts f, Observations obs) {
    switch (def.source().population()) {
      case ANSWERS -> answers.observe(def, f, bands, obs);
      case PAIRS -> changes.observe(def, f, bands, obs);
      case EPISODES -> episodes.observe(def, f, obs);
      case OCCASIONS -> coverage.observe(def, f, LocalDate.now(clock), obs);
      case LINKS -> links.observe(def, f, clock.instant(), obs);
    }
  }

  private static Tabulation.Aggregate aggregate(Kind kind) {
    return switch (kind) {
      case COUNT -> Tabulation.Aggregate.COUNT;
      case MEDIAN -> Tabulation.Aggregate.MEDIAN;
      default -> Tabulation.Aggregate.MEAN;
    };
  }

  private String label(Facts f, Dimension d, int raw) {
    return switch (d) {
      case MUNICIPALITY -> f.municipalities.value(raw);
      case UNIT -> f.units.value(raw);
      case GENDER -> raw == AnswerTable.GIRL ? "GIRL" : raw == AnswerTable.BOY ? "BOY" : "OTHER";
      case AGE_BAND -> bands.label(raw);
      case EPISODE_TYPE -> raw == 0 ? "unknown" : f.types.value(raw);
      case GROUP -> raw == 0 ? "none" : f.groups.value(raw);
      case YEAR, HALF_YEAR, QUARTER -> Periods.label(d, raw);
      case OCCASION -> f.occasions.value(raw);
      case BBIC_AREA -> raw == 0 ? "none" : BbicArea.values()[raw - 1].key();
    };
  }

  /** Stable order for tables: by each dimension in turn, totals last. */
  private static Comparator<Cell> byKey(List<String> dims) {
    Comparator<Cell> order = (a, b) -> 0;
    for (String d : dims) {
      order = order.thenComparing(c -> c.key().get(d),
          Comparator.comparing((String v) -> Cell.ALL.equals(v)).thenComparing(Comparator.naturalOrder()));
    }
    return order;
  }
}
