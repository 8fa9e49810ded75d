package se.pejl.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    localization = "OSGI-INF/l10n/bundle",
    name = "%store.name",
    description = "%store.description")
@interface StoreConfig {
  String PID = "se.pejl.store";

  @AttributeDefinition(name = "%store.dataDirectory.name", description = "%store.dataDirectory.description")
  String dataDirectory() default "";

  @AttributeDefinition(name = "%store.logLevel.name", description = "%store.logLevel.description")
  String logLevel() default "WARNING";

  @AttributeDefinition(name = "%store.auditIndexDelaySeconds.name",
      description = "%store.auditIndexDelaySeconds.description", min = "0")
  int auditIndexDelaySeconds() default 60;
}
