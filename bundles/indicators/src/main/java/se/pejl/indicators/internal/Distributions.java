package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.Occasion;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ItemType;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.Text;
import se.pejl.api.indicators.ChoiceCount;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.ItemDistribution;
import se.pejl.api.indicators.SurveyDistribution;

/**
 * How the answers to each choice item of an instrument spread over its choices, for a user
 * survey's results. The same answers as the answer-based indicators count: those with their
 * snapshot, placed in the period by the day they were given, within the query's municipality, unit
 * and episode type. Items and labels are the latest version's the answers were given under; an
 * answer counts for an item by its id, under whichever version it was given.
 */
final class Distributions {
  /** The items whose answer is one of a few labelled values: a distribution over them says something. */
  private static final Set<ItemType> CHOICE_ITEMS = EnumSet.of(ItemType.SINGLE_CHOICE, ItemType.YES_NO,
      ItemType.GOAL_ATTAINMENT);
  /** Occasion filters besides a code: any occasion, and one no answer names yet. */
  private static final int ANY = -1;
  private static final int NONE = -2;

  private final InstrumentRegistry instruments;
  private final AgeBands bands;
  private final Thresholds thresholds;

  Distributions(InstrumentRegistry instruments, AgeBands bands, Thresholds thresholds) {
    this.instruments = instruments;
    this.bands = bands;
    this.thresholds = thresholds;
  }

  /** What the query may not ask of a distribution, checked before the facts are read. */
  static void check(IndicatorQuery query) {
    if (!query.by().isEmpty()) {
      throw new InvalidInputException("by", "error.distribution.by", query.by());
    }
  }

  /** The newest version now provided, 0 when none: a distribution changes when it does. */
  int newest(String instrumentId) {
    return instruments.find(instrumentId).map(Instrument::version).orElse(0);
  }

  SurveyDistribution of(Facts f, String instrumentId, String occasion, IndicatorQuery query) {
    AnswerTable t = f.answers(instrumentId);
    Instrument instrument = latestAnswered(t, instrumentId);
    int wanted = occasionCode(f, t, occasion);
    List<Item> items = instrument.items().stream().filter(i -> CHOICE_ITEMS.contains(i.type())).toList();
    int threshold = thresholds.of(query.municipality() == null ? null : query.municipality().value());
    Function<IndicatorQuery, Map<Count, Integer>> counted = q -> f.derived(
        Arrays.asList("choice counts", instrumentId, instrument.version(), occasion, q),
        () -> counts(f, t, items, wanted, q));
    Map<Count, Integer> own = counted.apply(query);
    // The same answers with the filters widened, for the rest rule: each item's n and each count.
    RestRule rests = new RestRule(query);
    Set<Count> exposed = rests.applies() ? rests.exposed(own, counted, k -> threshold) : Set.of();
    List<ItemDistribution> distributions = new ArrayList<>();
    for (Item item : items) {
      distributions.add(item(instrument, item, own, exposed, threshold));
    }
    return new SurveyDistribution(instrumentId, instrument.title(), occasion, query.period(), threshold,
        distributions);
  }

  /** An item's n (value null) or the count of one of its choices. */
  private record Count(String item, Integer value) {}

  /** Each item's n and each choice's count, over the answers the query takes in; zeros left out. */
  private Map<Count, Integer> counts(Facts f, AnswerTable t, List<Item> items, int occasion, IndicatorQuery q) {
    Scope scope = QueryCheck.scope(f, q, Set.of());
    int[] rows = t == null ? new int[0] : rows(f, t, occasion, scope);
    Map<Count, Integer> counts = new HashMap<>();
    for (Item item : items) {
      float[] column = t == null ? null : t.items(item.id());
      Set<Integer> values = new HashSet<>();
      choices(item).forEach(c -> values.add(c.value()));
      for (int r = 0; column != null && r < rows.length; r++) {
        float v = column[rows[r]];
        // NaN, not answered, equals none; a value outside the choices is not counted either.
        if (v == (int) v && values.contains((int) v)) {
          counts.merge(new Count(item.id(), (int) v), 1, Integer::sum);
          counts.merge(new Count(item.id(), null), 1, Integer::sum);
        }
      }
    }
    return Map.copyOf(counts);
  }

  /** The latest version the answers were given under, or the newest provided when none has been. */
  private Instrument latestAnswered(AnswerTable t, String instrumentId) {
    int latest = 0;
    for (int r = 0; t != null && r < t.size; r++) {
      latest = Math.max(latest, t.version[r]);
    }
    int version = latest;
    return instruments.find(instrumentId, version).or(() -> instruments.find(instrumentId))
        .orElseThrow(() -> new NotFoundException("error.instrument.unknown", instrumentId));
  }

  /**
   * The occasion's code, {@link #ANY} or {@link #NONE}. An occasion neither standard nor named by
   * any answer, link or mark is an error: a plan's own occasion is known once anything names it.
   */
  private static int occasionCode(Facts f, AnswerTable t, String occasion) {
    if (occasion == null) {
      return ANY;
    }
    int code = f.occasions.find(occasion);
    if (code < 0 && !Occasion.isKnown(occasion)) {
      Set<String> known = new TreeSet<>(List.of(Occasion.START, Occasion.END, Occasion.FOLLOW_UP_6M));
      for (int r = 0; t != null && r < t.size; r++) {
        known.add(f.occasions.value(t.occasion[r]));
      }
      known.remove("");
      throw new InvalidInputException("occasion", "error.distribution.occasion", occasion, String.join(", ", known));
    }
    return code < 0 ? NONE : code;
  }

  /** The rows that count: with their snapshot, at the occasion, within the query's scope. */
  private int[] rows(Facts f, AnswerTable t, int occasion, Scope scope) {
    Subjects subjects = Subjects.of(t, f, bands);
    return IntStream.range(0, t.size)
        .filter(r -> t.counted(r) && (occasion == ANY || t.occasion[r] == occasion)
            && scope.admits(subjects, r, t.day[r]))
        .toArray();
  }

  private static ItemDistribution item(Instrument instrument, Item item, Map<Count, Integer> own, Set<Count> exposed,
      int threshold) {
    List<Choice> choices = choices(item);
    int[] counts = new int[choices.size()];
    boolean[] rest = new boolean[choices.size()];
    for (int c = 0; c < counts.length; c++) {
      Count count = new Count(item.id(), choices.get(c).value());
      counts[c] = own.getOrDefault(count, 0);
      rest[c] = exposed.contains(count);
    }
    int n = own.getOrDefault(new Count(item.id(), null), 0);
    // An n whose rest is small is hidden with the item: published counts would add up to it.
    boolean[] hidden = exposed.contains(new Count(item.id(), null)) ? null
        : ChoiceSuppression.hidden(counts, threshold, rest);
    boolean whole = hidden == null;
    List<ChoiceCount> published = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      Choice choice = choices.get(c);
      published.add(whole || hidden[c] ? ChoiceCount.suppressed(choice.value(), choice.label())
          : new ChoiceCount(choice.value(), choice.label(), counts[c], (double) counts[c] / n, false));
    }
    return new ItemDistribution(item.id(), item.text(), bbicArea(instrument, item), whole ? null : n, whole, published);
  }

  /** Lowest first; an item defined without labelled choices gets its whole numbers from min to max. */
  private static List<Choice> choices(Item item) {
    if (item.choices().isEmpty()) {
      return IntStream.rangeClosed(item.min(), item.max())
          .mapToObj(v -> new Choice(v, new Text(Integer.toString(v), Integer.toString(v)))).toList();
    }
    return item.choices().stream().sorted(Comparator.comparingInt(Choice::value)).toList();
  }

  private static String bbicArea(Instrument instrument, Item item) {
    return instrument.scales().stream().filter(s -> s.items().contains(item.id())).findFirst()
        .map(Scale::bbicArea).orElse(null);
  }
}
