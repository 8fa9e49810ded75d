package se.pejl.shell.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.audit.ChainCheck;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportService;

/**
 * What IT asks Pejl at the framework's console: {@code pejl:reports}, {@code pejl:indicators},
 * {@code pejl:auditcheck <municipality code>}. Texts in the server's language, Swedish or English.
 */
@Component(service = PejlCommands.class, property = {
    "osgi.command.scope=pejl",
    "osgi.command.function=reports",
    "osgi.command.function=indicators",
    "osgi.command.function=auditcheck"})
public final class PejlCommands {
  /** Who the console acts as: whoever has it runs the server, so it may check any municipality's chain. */
  static final String CONSOLE = "console";

  private final ReportService reports;
  private final IndicatorEngine engine;
  private final AuditLog audit;
  private final Locale locale;

  @Activate
  public PejlCommands(@Reference ReportService reports, @Reference IndicatorEngine engine,
      @Reference AuditLog audit) {
    this(reports, engine, audit, Locale.getDefault());
  }

  PejlCommands(ReportService reports, IndicatorEngine engine, AuditLog audit, Locale locale) {
    this.reports = reports;
    this.engine = engine;
    this.audit = audit;
    this.locale = locale;
  }

  /** Every report, with where it comes from (built in, or the bundle that added it) and its formats. */
  public String reports() {
    boolean swedish = swedish();
    return reports.reports().stream()
        .map(r -> String.format("%-24s %-18s %-22s %s%s", r.id(),
            r.formats().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")),
            r.source(), swedish ? r.titleSv() : r.titleEn(), r.confidential() ? " (" + text("confidential") + ")" : ""))
        .collect(Collectors.joining("\n", text("reports.header") + "\n", ""));
  }

  /** Every indicator with its version and BBIC area. */
  public String indicators() {
    boolean swedish = swedish();
    return engine.indicators().stream()
        .map(i -> String.format("%-36s v%-3d %-22s %s", i.id(), i.version(), area(i),
            swedish ? i.name().sv() : i.name().en()))
        .collect(Collectors.joining("\n", text("indicators.header") + "\n", ""));
  }

  /** Checks a municipality's audit chain: every entry's hash against its content and the one before. */
  public String auditcheck(String municipality) {
    MunicipalityCode code;
    try {
      code = MunicipalityCode.of(municipality);
    } catch (InvalidInputException | IllegalArgumentException e) {
      return format("audit.badCode", municipality);
    }
    PejlUser console = new PejlUser(CONSOLE, CONSOLE, Set.of(Role.ADMIN), code, Set.of(), locale);
    ChainCheck check = audit.verify(console);
    return check.intact() ? format("audit.intact", code.value(), check.entries())
        : format("audit.broken", code.value(), check.entries(), check.firstBroken());
  }

  private static String area(IndicatorInfo i) {
    return i.bbicArea() == null ? "" : i.bbicArea();
  }

  private boolean swedish() {
    return "sv".equals(locale.getLanguage());
  }

  private String text(String key) {
    return ResourceBundle.getBundle("se.pejl.shell.internal.commands", locale, PejlCommands.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(text(key), locale).format(args);
  }
}
