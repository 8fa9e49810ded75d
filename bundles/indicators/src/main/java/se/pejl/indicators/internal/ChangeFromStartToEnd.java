package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.followup.Occasion;
import se.pejl.api.store.ScoreObservation;

/**
 * Pairs each episode's score at the start occasion with its score at the end occasion. Episodes
 * with only one of the two are left out (they cannot show a change).
 */
final class ChangeFromStartToEnd {

  /** One child's change; the demographic snapshot is the one from the start occasion. */
  record Change(ScoreObservation start, ScoreObservation end) {
    boolean improved(boolean higherIsBetter) {
      return higherIsBetter ? end.score() > start.score() : end.score() < start.score();
    }
  }

  /** Pairs in episode order; with several answers at one occasion, the latest counts. */
  List<Change> pair(List<ScoreObservation> observations) {
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
    starts.forEach((episode, start) -> {
      ScoreObservation end = ends.get(episode);
      if (end != null) {
        changes.add(new Change(start, end));
      }
    });
    return changes;
  }
}
