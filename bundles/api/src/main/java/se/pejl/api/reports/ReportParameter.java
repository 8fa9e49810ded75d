package se.pejl.api.reports;

/**
 * One parameter a report takes, as a query parameter of {@code /pejl/api/reports/{id}}.
 *
 * @param name the query parameter, e.g. {@code period}, {@code unit}, {@code indicator}
 * @param required true when the report cannot be rendered without it
 * @param labelSv the label on the report page, in Swedish
 * @param labelEn the label in English
 * @param hintSv what may be given and what an empty value means, in Swedish
 * @param hintEn the hint in English
 */
public record ReportParameter(
    String name, boolean required, String labelSv, String labelEn, String hintSv, String hintEn) {}
