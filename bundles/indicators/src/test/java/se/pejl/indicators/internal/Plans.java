package se.pejl.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.followup.MeasurementPlans;

/**
 * One plan for every episode type: How I feel at the start (due the start day, answerable from 14
 * days before to 30 days after) and at the end (due the end day, or the planned end while the
 * episode runs, with the same window).
 */
final class Plans implements MeasurementPlans {

  @Override
  public List<OccasionWindow> windows(String episodeType, LocalDate start, LocalDate plannedEnd, LocalDate end,
      LocalDate until) {
    List<OccasionWindow> windows = new ArrayList<>();
    windows.add(window("start", start));
    LocalDate endDue = end != null ? end : plannedEnd;
    if (endDue != null) {
      windows.add(window("end", endDue));
    }
    windows.removeIf(w -> w.due().isAfter(until));
    return windows;
  }

  private static OccasionWindow window(String key, LocalDate due) {
    return new OccasionWindow(key, due, due.minusDays(14), due.plusDays(30), List.of(Instruments.WELLBEING));
  }
}
