package se.pejl.followup.internal;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.followup.MeasurementPlans;

/** The measurement plans for the indicators' coverage: the same schedule caseworkers see. */
@Component(service = MeasurementPlans.class)
public final class PlanWindows implements MeasurementPlans {
  private final Plans plans;

  @Activate
  public PlanWindows(@Reference Plans plans) {
    this.plans = plans;
  }

  @Override
  public List<OccasionWindow> windows(String episodeType, LocalDate start, LocalDate plannedEnd,
      LocalDate end, LocalDate until) {
    return new OccasionSchedule(plans.planFor(episodeType)).windows(start, plannedEnd, end, until);
  }
}
