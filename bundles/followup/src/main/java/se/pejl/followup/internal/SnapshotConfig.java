package se.pejl.followup.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    localization = "OSGI-INF/l10n/bundle",
    name = "%snapshots.name",
    description = "%snapshots.description")
@interface SnapshotConfig {
  String PID = "se.pejl.followup.snapshots";

  @AttributeDefinition(name = "%snapshots.intervalSeconds.name",
      description = "%snapshots.intervalSeconds.description", min = "1")
  int intervalSeconds() default 60;
}
