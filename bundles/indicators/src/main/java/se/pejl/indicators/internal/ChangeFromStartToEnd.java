package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.followup.Occasion;
import se.pejl.api.store.ScoreObservation;

/**
 * Pairs each episode's score at the start occasion with its score at the end occasion. Episodes
 * with only one of the two are left out (they cannot show a change), and so are pairs answered
 * under two versions whose scale the definition does not declare unchanged: their difference
 * could come from the instrument, not from the child.
 */
final class ChangeFromStartToEnd {

  /** Whether scores of the scale under two instrument versions may be compared. */
  @FunctionalInterface
  interface Comparability {
    boolean comparable(int version, int otherVersion);
  }

  /** One child's change; the demographic snapshot is the one from the start occasion. */
  record Change(ScoreObservation start, ScoreObservation end) {
    boolean improved(boolean higherIsBetter) {
      return higherIsBetter ? end.score() > start.score() : end.score() < start.score();
    }
  }

  /**
   * @param changes the pairs that count
   * @param notComparable how many pairs were left out because their versions are not comparable
   */
  record Pairing(List<Change> changes, int notComparable) {}

  private final Comparability comparability;

  ChangeFromStartToEnd(Comparability comparability) {
    this.comparability = comparability;
  }

  /**
   * Pairs in episode order; with several answers at one occasion, the latest counts, also when
   * its version is not comparable (an earlier answer is not a stand-in for the child's latest).
   */
  Pairing pair(List<ScoreObservation> observations) {
    Map<Long, ScoreObservation> starts = new LinkedHashMap<>();
    Map<Long, ScoreObservation> ends = new LinkedHashMap<>();
    for (ScoreObservation o : observations) {
      if (Occasion.START.equals(o.occasion())) {
        starts.put(o.episodeId(), o);
      } else if (Occasion.END.equals(o.occasion())) {
        ends.put(o.episodeId(), o);
      }
    }
    List<Change> changes = new ArrayList<>();
    int notComparable = 0;
    for (Map.Entry<Long, ScoreObservation> e : starts.entrySet()) {
      ScoreObservation start = e.getValue();
      ScoreObservation end = ends.get(e.getKey());
      if (end == null) {
        continue;
      }
      if (comparability.comparable(start.instrumentVersion(), end.instrumentVersion())) {
        changes.add(new Change(start, end));
      } else {
        notComparable++;
      }
    }
    return new Pairing(changes, notComparable);
  }
}
