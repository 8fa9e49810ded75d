package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Scale;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.store.ResponseRepository;
import se.pejl.indicators.internal.ChangeFromStartToEnd.Change;

/**
 * Evaluates indicators from stored answers. Aggregates only: a cell never names a child, and
 * small cells are suppressed before anything leaves the engine.
 */
@Component(service = IndicatorEngine.class, configurationPid = IndicatorConfig.PID)
@Designate(ocd = IndicatorConfig.class)
public final class DefaultIndicatorEngine implements IndicatorEngine {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultIndicatorEngine.class);
  /** Below three, a cell could point at one or two children however it is published. */
  static final int LOWEST_THRESHOLD = 3;

  static final IndicatorInfo WELLBEING_IMPROVED = new IndicatorInfo(
      "wellbeing-improved",
      "Andel barn vars v\u00e4lbefinnande f\u00f6rb\u00e4ttrats",
      "Share of children whose well-being improved",
      "Andel av barnen med svar b\u00e5de vid start och avslut vars po\u00e4ng p\u00e5 skalan"
          + " V\u00e4lbefinnande (Mitt m\u00e5ende) \u00e4r h\u00f6gre vid avslut.",
      "Of the children who answered at both start and end, the share whose score on the"
          + " Well-being scale (How I feel) is higher at the end.",
      "emotional-behavioural",
      "share",
      List.of("municipality", "gender"));
  private static final String INSTRUMENT = "child-wellbeing";
  private static final String SCALE = "total";

  private static final Map<String, Function<Change, String>> DIMENSIONS = Map.of(
      "municipality", c -> c.start().municipality().value(),
      "gender", c -> c.start().gender().name());

  private final ResponseRepository responses;
  private final InstrumentRegistry instruments;
  private final int threshold;

  @Activate
  public DefaultIndicatorEngine(@Reference ResponseRepository responses,
      @Reference InstrumentRegistry instruments, IndicatorConfig config) {
    this(responses, instruments, config.threshold());
  }

  DefaultIndicatorEngine(ResponseRepository responses, InstrumentRegistry instruments, int threshold) {
    this.responses = responses;
    this.instruments = instruments;
    if (threshold < LOWEST_THRESHOLD) {
      LOG.warn("Suppression threshold {} is below {}; using {}", threshold, LOWEST_THRESHOLD, LOWEST_THRESHOLD);
    }
    this.threshold = Math.max(threshold, LOWEST_THRESHOLD);
  }

  @Override
  public List<IndicatorInfo> indicators() {
    return List.of(WELLBEING_IMPROVED);
  }

  @Override
  public IndicatorResult evaluate(PejlUser user, String indicatorId, List<String> breakdown) {
    if (!WELLBEING_IMPROVED.id().equals(indicatorId)) {
      throw new NotFoundException("error.indicator.unknown", indicatorId);
    }
    for (String d : breakdown) {
      if (!WELLBEING_IMPROVED.breakdowns().contains(d)) {
        throw new InvalidInputException("by", "error.indicator.breakdown", indicatorId, d,
            WELLBEING_IMPROVED.breakdowns());
      }
    }
    List<String> dims = breakdown.stream().distinct().toList();
    boolean higherIsBetter = instruments.find(INSTRUMENT).flatMap(i -> i.scale(SCALE))
        .map(Scale::higherIsBetter).orElse(true);
    ChangeFromStartToEnd.Pairing pairing = new ChangeFromStartToEnd(
        (v, w) -> instruments.comparable(INSTRUMENT, SCALE, v, w)).pair(responses.scores(INSTRUMENT, SCALE));
    if (pairing.notComparable() > 0) {
      // Not in the result: its JSON shape is fixed, and a count of left-out children per cell
      // could undo the suppression. The operator sees why fewer children count than answered.
      LOG.info("Indicator {}: {} start-end pairs left out, answered under versions of {} whose scale {}"
          + " is not declared unchanged", indicatorId, pairing.notComparable(), INSTRUMENT, SCALE);
    }
    List<Change> changes = pairing.changes();
    List<Cell> cells = new ArrayList<>();
    new Breakdown<>(dims, DIMENSIONS).group(changes).forEach((key, members) -> {
      long improved = members.stream().filter(c -> c.improved(higherIsBetter)).count();
      Double share = members.isEmpty() ? null : (double) improved / members.size();
      cells.add(new Cell(key, share, members.size(), false));
    });
    cells.sort(byKey(dims));
    return new IndicatorResult(WELLBEING_IMPROVED, dims, threshold,
        new Suppression(threshold).apply(cells, dims));
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
