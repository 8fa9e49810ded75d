package se.pejl.api.followup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A list of occasions handed over one caseworker's at a time, in {@link PlannedOccasion#LIST_ORDER}:
 * each group of one unit and caseworker. {@link #hasNext()} waits while the next group is read and
 * throws what the read threw.
 *
 * @since 1.7
 */
public interface OccasionFeed extends Iterator<List<PlannedOccasion>> {

  /** How many occasions the feed will hand over at most; known before their answers are read. */
  int expected();

  /** A list already read, sorted and grouped. */
  static OccasionFeed of(List<PlannedOccasion> occasions) {
    List<PlannedOccasion> sorted = new ArrayList<>(occasions);
    sorted.sort(PlannedOccasion.LIST_ORDER);
    return inOrder(sorted);
  }

  /** A list already read and in order, grouped where the unit or caseworker changes. */
  static OccasionFeed inOrder(List<PlannedOccasion> sorted) {
    List<List<PlannedOccasion>> groups = new ArrayList<>();
    for (PlannedOccasion o : sorted) {
      List<PlannedOccasion> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last == null || !last.get(0).unit().equals(o.unit()) || !last.get(0).caseworker().equals(o.caseworker())) {
        last = new ArrayList<>();
        groups.add(last);
      }
      last.add(o);
    }
    Iterator<List<PlannedOccasion>> each = groups.iterator();
    return new OccasionFeed() {
      @Override
      public int expected() {
        return sorted.size();
      }

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public List<PlannedOccasion> next() {
        if (!each.hasNext()) {
          throw new NoSuchElementException();
        }
        return List.copyOf(each.next());
      }
    };
  }
}
