package se.pejl.followup.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import se.pejl.api.followup.Episode;

/**
 * The episode types Pejl knows and their measurement plans. Plans come and go with their
 * configurations; a built-in type without one gets {@link MeasurementPlan#fallback}.
 */
@Component(service = Plans.class)
public final class Plans {
  static final List<String> BUILT_IN = List.of(Episode.SUPPORT_GROUP, Episode.INDIVIDUAL_TALKS,
      Episode.FAMILY_HOME, Episode.HVB, Episode.PARENT_SUPPORT);

  private final Map<ConfiguredPlan, MeasurementPlan> configured = new ConcurrentHashMap<>();

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addPlan(ConfiguredPlan plan) {
    configured.put(plan, plan.plan());
  }

  void removePlan(ConfiguredPlan plan) {
    configured.remove(plan);
  }

  /** Built-in types and every configured one, sorted. */
  Set<String> types() {
    Set<String> types = new TreeSet<>(BUILT_IN);
    configured.values().forEach(p -> types.add(p.episodeType()));
    return types;
  }

  boolean knows(String type) {
    return type != null && types().contains(type);
  }

  MeasurementPlan planFor(String type) {
    return configured.values().stream().filter(p -> p.episodeType().equals(type)).findFirst()
        .orElseGet(() -> MeasurementPlan.fallback(type));
  }
}
