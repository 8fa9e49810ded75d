package se.pejl.reports.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Whether a template can be filled with a kind of data: every field it declares is one the data
 * gives, with a type that takes the data's values, and every parameter it declares is one Pejl
 * passes or has a default. Checked when the template is loaded, so a broken one is rejected with
 * the reason rather than failing in front of a manager.
 */
final class TemplateCheck {
  /** What every report is given, whatever its data. */
  static final Map<String, Class<?>> COMMON = Map.of(
      "AREA_NAME", String.class, "GENERATED_ON", String.class, "PARAMETERS_TEXT", String.class,
      "THRESHOLD", Integer.class, "PERIOD_LABEL", String.class);

  private final ReportData data;

  TemplateCheck(ReportData data) {
    this.data = data;
  }

  /** Why the template does not fit the data, or empty when it does. */
  Optional<String> check(JasperReport template) {
    Map<String, Class<?>> fields = data.fields();
    for (JRField field : template.getFields() == null ? new JRField[0] : template.getFields()) {
      Class<?> given = fields.get(field.getName());
      if (given == null) {
        return Optional.of("field \"" + field.getName() + "\" is not given by data \"" + data.kind()
            + "\", which gives " + String.join(", ", fields.keySet()));
      }
      Optional<String> wrong = typeMismatch("field", field.getName(), field.getValueClassName(), given);
      if (wrong.isPresent()) {
        return wrong;
      }
    }
    Map<String, Class<?>> passed = new LinkedHashMap<>(COMMON);
    passed.putAll(data.templateParameters());
    for (JRParameter parameter : template.getParameters()) {
      if (parameter.isSystemDefined()) {
        continue;
      }
      Class<?> given = passed.get(parameter.getName());
      if (given == null && parameter.getDefaultValueExpression() == null) {
        return Optional.of("parameter \"" + parameter.getName() + "\" has no default and is not one Pejl gives ("
            + String.join(", ", passed.keySet()) + ")");
      }
      if (given != null) {
        Optional<String> wrong = typeMismatch("parameter", parameter.getName(), parameter.getValueClassName(), given);
        if (wrong.isPresent()) {
          return wrong;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> typeMismatch(String what, String name, String declared, Class<?> given) {
    try {
      Class<?> type = Class.forName(declared, false, TemplateCheck.class.getClassLoader());
      if (type.isAssignableFrom(given)) {
        return Optional.empty();
      }
    } catch (ClassNotFoundException e) {
      // reported below like any other type that does not fit
    }
    return Optional.of(what + " \"" + name + "\" is declared as " + declared + " but Pejl gives " + given.getName());
  }
}
