package se.pejl.indicators.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    localization = "OSGI-INF/l10n/bundle",
    name = "%indicators.name",
    description = "%indicators.description")
@interface IndicatorConfig {
  String PID = "se.pejl.indicators";

  @AttributeDefinition(name = "%indicators.threshold.name", description = "%indicators.threshold.description", min = "3")
  int threshold() default 5;

  @AttributeDefinition(name = "%indicators.thresholds.name", description = "%indicators.thresholds.description")
  String[] municipalityThresholds() default {};

  @AttributeDefinition(name = "%indicators.ageBands.name", description = "%indicators.ageBands.description")
  String ageBands() default "7-12, 13-15, 16-20";
}
