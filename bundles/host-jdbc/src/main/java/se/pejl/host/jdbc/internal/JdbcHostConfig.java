package se.pejl.host.jdbc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One host database for one municipality (a factory configuration, one per municipality). The
 * names {@code pejl.host} and {@code pejl.municipality} are also the service properties the api
 * asks of a {@code ClientDirectory}, so DS registers them as they are. The password's name starts
 * with a dot, so DS keeps it off the service registration.
 */
@ObjectClassDefinition(
    id = JdbcClientDirectory.FACTORY_PID,
    name = "%config.name",
    description = "%config.description",
    localization = "OSGI-INF/l10n/bundle")
@interface JdbcHostConfig {

  @AttributeDefinition(name = "%host.name", description = "%host.description")
  String pejl_host();

  @AttributeDefinition(name = "%municipality.name", description = "%municipality.description")
  String pejl_municipality();

  @AttributeDefinition(name = "%url.name", description = "%url.description")
  String url();

  @AttributeDefinition(name = "%user.name", description = "%user.description", required = false)
  String user() default "";

  @AttributeDefinition(name = "%password.name", description = "%password.description",
      type = AttributeType.PASSWORD, required = false)
  String _password() default "";

  @AttributeDefinition(name = "%driver.name", description = "%driver.description")
  String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.postgresql.Driver)";

  @AttributeDefinition(name = "%query.name", description = "%query.description")
  String query() default "CLIENTS_FOR_PEJL";

  @AttributeDefinition(name = "%column.ref.name", description = "%column.ref.description")
  String column_ref() default "REF";

  @AttributeDefinition(name = "%column.gender.name", description = "%column.gender.description")
  String column_gender() default "GENDER";

  @AttributeDefinition(name = "%column.birthDate.name", description = "%column.birthDate.description")
  String column_birthDate() default "BIRTH_DATE";

  @AttributeDefinition(name = "%column.municipality.name",
      description = "%column.municipality.description", required = false)
  String column_municipality() default "MUNICIPALITY";

  @AttributeDefinition(name = "%column.unit.name", description = "%column.unit.description",
      required = false)
  String column_unit() default "UNIT";

  @AttributeDefinition(name = "%column.caseworker.name",
      description = "%column.caseworker.description", required = false)
  String column_caseworker() default "CASEWORKER";

  @AttributeDefinition(name = "%genderValues.name", description = "%genderValues.description")
  String genderValues() default "F=GIRL,K=GIRL,M=BOY,P=BOY";

  @AttributeDefinition(name = "%clientPageUrl.name", description = "%clientPageUrl.description",
      required = false)
  String clientPageUrl() default "";

  @AttributeDefinition(name = "%timeoutSeconds.name", description = "%timeoutSeconds.description",
      min = "1", max = "300")
  int timeoutSeconds() default 5;
}
