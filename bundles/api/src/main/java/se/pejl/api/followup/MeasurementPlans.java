package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The measurement plans (mätplaner) of the episode types, for statistics over many episodes
 * without reading them one by one: which occasions an episode has and when.
 */
@ProviderType
public interface MeasurementPlans {

  /**
   * The occasions of an episode of this type with these dates whose due day is known and not after
   * {@code until}.
   *
   * @param plannedEnd null when not planned
   * @param end null while the episode runs
   */
  List<OccasionWindow> windows(String episodeType, LocalDate start, LocalDate plannedEnd, LocalDate end,
      LocalDate until);

  /**
   * One occasion of a plan with its window, both days included.
   *
   * @param key e.g. {@code start}, {@code review-6m}
   */
  record OccasionWindow(String key, LocalDate due, LocalDate from, LocalDate to, List<String> instruments) {
    public OccasionWindow {
      instruments = List.copyOf(instruments);
    }
  }
}
