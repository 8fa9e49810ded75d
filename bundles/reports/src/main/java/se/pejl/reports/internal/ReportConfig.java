package se.pejl.reports.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    localization = "OSGI-INF/l10n/bundle",
    name = "%reports.name",
    description = "%reports.description")
@interface ReportConfig {
  String PID = "se.pejl.reports";

  @AttributeDefinition(name = "%reports.concurrentRuns.name", description = "%reports.concurrentRuns.description", min = "1")
  int concurrentRuns() default 2;

  @AttributeDefinition(name = "%reports.waitSeconds.name", description = "%reports.waitSeconds.description", min = "0")
  int waitForFillSeconds() default 120;

  @AttributeDefinition(name = "%reports.virtualizeAboveRows.name", description = "%reports.virtualizeAboveRows.description", min = "0")
  int virtualizeAboveRows() default 2000;

  @AttributeDefinition(name = "%reports.keepMinutes.name", description = "%reports.keepMinutes.description", min = "1")
  int keepFinishedMinutes() default 15;

  @AttributeDefinition(name = "%reports.swapDirectory.name", description = "%reports.swapDirectory.description")
  String swapDirectory() default "";
}
