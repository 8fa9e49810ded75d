package se.pejl.host.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    id = DemoSeeder.PID,
    name = "%seeder.name",
    description = "%seeder.description",
    localization = "OSGI-INF/l10n/bundle")
@interface SeederConfig {

  @AttributeDefinition(name = "%seeder.enabled.name", description = "%seeder.enabled.description")
  boolean enabled() default true;

  @AttributeDefinition(name = "%seeder.seed.name", description = "%seeder.seed.description")
  long seed() default 20240901L;
}
