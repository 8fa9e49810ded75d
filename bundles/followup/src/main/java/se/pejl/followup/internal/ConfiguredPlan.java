package se.pejl.followup.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One episode type's measurement plan from a factory configuration. A wrong plan fails this
 * component only (logged by SCR with the line at fault); other types' plans keep working.
 */
@Component(service = ConfiguredPlan.class, configurationPid = PlanConfig.FACTORY_PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PlanConfig.class, factory = true)
public final class ConfiguredPlan {
  private final MeasurementPlan plan;

  @Activate
  public ConfiguredPlan(PlanConfig config) {
    this.plan = MeasurementPlan.parse(config.episodeType(), config.occasions());
  }

  MeasurementPlan plan() {
    return plan;
  }
}
