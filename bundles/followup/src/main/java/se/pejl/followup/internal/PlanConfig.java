package se.pejl.followup.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    localization = "OSGI-INF/l10n/bundle",
    name = "%plan.name",
    description = "%plan.description")
@interface PlanConfig {
  String FACTORY_PID = "se.pejl.followup.plan";

  @AttributeDefinition(name = "%plan.episodeType.name", description = "%plan.episodeType.description")
  String episodeType();

  @AttributeDefinition(name = "%plan.occasions.name", description = "%plan.occasions.description")
  String[] occasions();
}
