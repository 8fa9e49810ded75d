package se.pejl.reports.internal;

import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.JRCsvExporter;

/**
 * CSV for Excel without formulas: a cell that starts like one (=, +, @, or - before something that
 * is not a number) is opened by Excel as a formula, so "+1 Något bättre än förväntat" would show
 * #NAME? and a goal typed as "=HYPERLINK(…)" would run. Such a cell gets a leading apostrophe,
 * which Excel shows as text; numbers, also negative ones, stay numbers.
 */
final class SafeCsvExporter extends JRCsvExporter {
  private static final Pattern NUMBER = Pattern.compile("-?[\\d\\s\u00a0]+([.,]\\d+)?( ?%)?");

  SafeCsvExporter(JasperReportsContext context) {
    super(context);
  }

  @Override
  protected String prepareText(String source) {
    return super.prepareText(defused(source));
  }

  static String defused(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
        || first == '-' && !NUMBER.matcher(text).matches();
    return formula ? "'" + text : text;
  }
}
