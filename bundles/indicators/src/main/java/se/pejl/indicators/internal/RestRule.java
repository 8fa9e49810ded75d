package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.ReportingPeriod;

/**
 * The small-number rule across tables. {@link Suppression} protects one table, but a reader may ask
 * the same table again with a filter widened and subtract: unit B's 20 children from the
 * municipality's 23 gives unit A's 3, which the table for unit A hides. So a query's filters are
 * widened one step each, and every cell of the query's table is checked against the tables a
 * reader gets that way: when the children it leaves out on some filters (the rest, per cell key) are
 * between 1 and the cell's threshold less one, the cell is hidden, and then the table's own
 * suppression runs as ever. Hiding the narrow cell is what protects: the wide table is a query of
 * its own, published whatever else is asked.
 *
 * <p>The steps: no unit; no episode type; and for a period that is not whole quarters, the whole
 * quarters around it and the whole quarters within it (every year, half-year and quarter is made of
 * quarters, so this is the nearest a reader gets with the standard periods). With several steps,
 * the rest on each set of them is isolated by inclusion–exclusion, e.g. for unit B of type hvb:
 * (all − B) of other types = all − B − hvb + B∩hvb.
 *
 * <p>The rests are computed from the real counts, also where the wide table hides its cell: then a
 * reader has nothing to subtract, and the narrow cell is hidden needlessly, but the wide cell may be
 * hidden only by the wide table's complementary suppression, and this keeps the rule simple and on
 * the safe side. A cell with no children is never hidden for its rest: it names no child, and hiding
 * it would not help, as a table leaves its empty cells out and so shows them to be empty.
 */
final class RestRule {
  /** One filter that can be widened: sets it narrow or wide; the query asked is one of the two. */
  private record Step(String field, UnaryOperator<IndicatorQuery> narrow, UnaryOperator<IndicatorQuery> wide) {}

  /** One table in a sum: the query and +1 or −1. */
  private record Term(IndicatorQuery query, int sign) {}

  private final List<List<Term>> rests = new ArrayList<>();

  RestRule(IndicatorQuery query) {
    List<Step> steps = steps(query);
    // Every non-empty set of steps, at most one per filter: the period's two steps overlap nowhere.
    for (int set = 1; set < (1 << steps.size()); set++) {
      List<Step> chosen = new ArrayList<>();
      Set<String> fields = new HashSet<>();
      for (int s = 0; s < steps.size(); s++) {
        if ((set & (1 << s)) != 0) {
          chosen.add(steps.get(s));
          fields.add(steps.get(s).field());
        }
      }
      if (fields.size() == chosen.size()) {
        rests.add(rest(query, chosen));
      }
    }
  }

  private static List<Step> steps(IndicatorQuery q) {
    List<Step> steps = new ArrayList<>();
    if (q.unit() != null) {
      steps.add(new Step("unit", x -> x.inUnit(q.unit()), x -> x.inUnit(null)));
    }
    if (q.episodeType() != null) {
      steps.add(new Step("episodeType", x -> x.ofType(q.episodeType()), x -> x.ofType(null)));
    }
    ReportingPeriod p = q.period();
    if (p != null) {
      ReportingPeriod around = Periods.quartersAround(p);
      if (!Periods.sameDays(around, p)) {
        steps.add(new Step("period", x -> x.in(p), x -> x.in(around)));
      }
      ReportingPeriod within = Periods.quartersWithin(p);
      if (within != null && !Periods.sameDays(within, p)) {
        steps.add(new Step("period", x -> x.in(within), x -> x.in(p)));
      }
    }
    return steps;
  }

  /**
   * The children wide on each chosen step and not narrow, the other filters as asked: the sum over
   * every subset T of the steps of (−1)^|T| times the table with T narrow and the others wide.
   */
  private static List<Term> rest(IndicatorQuery query, List<Step> chosen) {
    List<Term> terms = new ArrayList<>();
    for (int narrow = 0; narrow < (1 << chosen.size()); narrow++) {
      IndicatorQuery q = query;
      for (int s = 0; s < chosen.size(); s++) {
        q = ((narrow & (1 << s)) != 0 ? chosen.get(s).narrow() : chosen.get(s).wide()).apply(q);
      }
      terms.add(new Term(q, Integer.bitCount(narrow) % 2 == 0 ? 1 : -1));
    }
    return terms;
  }

  /** Whether the query has a filter a reader could widen: only then are other tables needed. */
  boolean applies() {
    return !rests.isEmpty();
  }

  /** The queries whose tables the rule reads, the query itself among them. */
  Set<IndicatorQuery> queries() {
    Set<IndicatorQuery> queries = new LinkedHashSet<>();
    rests.forEach(r -> r.forEach(t -> queries.add(t.query())));
    return queries;
  }

  /**
   * The cells to hide for their rest.
   *
   * @param own the query's table: each cell's key and n
   * @param counts each other query's table the same way, a cell not in it counting 0
   * @param threshold each cell's threshold, by its key
   */
  <K> Set<K> exposed(Map<K, Integer> own, Function<IndicatorQuery, Map<K, Integer>> counts,
      ToIntFunction<K> threshold) {
    Set<K> exposed = new HashSet<>();
    Map<IndicatorQuery, Map<K, Integer>> tables = new HashMap<>();
    for (List<Term> rest : rests) {
      for (Map.Entry<K, Integer> cell : own.entrySet()) {
        if (cell.getValue() < 1 || exposed.contains(cell.getKey())) {
          continue;
        }
        int n = 0;
        for (Term t : rest) {
          n += t.sign() * tables.computeIfAbsent(t.query(), counts).getOrDefault(cell.getKey(), 0);
        }
        if (n >= 1 && n < threshold.applyAsInt(cell.getKey())) {
          exposed.add(cell.getKey());
        }
      }
    }
    return exposed;
  }
}
