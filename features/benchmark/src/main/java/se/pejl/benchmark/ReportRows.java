package se.pejl.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import net.sf.jasperreports.engine.JRParameter;

import se.pejl.api.Access;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.audit.Audited;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.OccasionStatus;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.api.reports.ReportFormat;

/**
 * The raw baseline's input: for one {@link ReportCase}, the rows and template parameters the
 * reports bundle fills its template with, built here as {@link ReportBeans} from the same services'
 * results (the typed engine, follow-up service and directory). It follows the bundle's
 * RegionComparisonData, OverviewData, CoverageData and Preparation; the shared texts (names of
 * occasions, statuses, episode types) are the bundle's own file, read from the running bundle.
 */
final class ReportRows {
    private static final String TEMPLATES = "se.pejl.reports.templates.";
    private static final String PERIOD = "period";
    private static final Set<OccasionStatus> LISTED = EnumSet.complementOf(EnumSet.of(OccasionStatus.PLANNED));
    /** The order the report page lists parameters in, and so PARAMETERS_TEXT (Parameters.ALL). */
    private static final List<String> PARAMETER_ORDER = List.of("indicator", "instrument", "episode", PERIOD,
            "municipality", "unit", "episodeType", "occasion", "caseworker");

    /**
     * What the baseline fills: rows, every parameter the template gets, and the PDF title or sheet
     * name; {@code parts} is what collecting them took per service call, in nanoseconds.
     */
    /** {@code audited}: the audit entries of the reads, written meanwhile (the caller waits for them, untimed). */
    record Input(ReportCase report, List<?> rows, Map<String, Object> parameters, String title, Map<String, Long> parts,
            CompletableFuture<Void> audited) {
    }

    private final IndicatorEngine engine;
    private final FollowUpService followUp;
    private final MunicipalityDirectory directory;
    private final BundleTexts texts;

    /** @param texts the reports bundle's shared texts, Swedish over English as its ResourceBundle has them */
    ReportRows(IndicatorEngine engine, FollowUpService followUp, MunicipalityDirectory directory, Properties texts) {
        this.engine = engine;
        this.followUp = followUp;
        this.directory = directory;
        this.texts = new BundleTexts(texts);
    }

    Input build(ReportCase c) {
        PejlUser user = c.user();
        ReportingPeriod period = c.parameters().containsKey(PERIOD)
                ? ReportingPeriod.parse(PERIOD, c.parameters().get(PERIOD)) : null;
        Map<String, Object> fill = new HashMap<>();
        Map<String, Long> parts = new LinkedHashMap<>();
        List<CompletableFuture<Void>> audits = new ArrayList<>();
        List<?> rows = switch (c.id()) {
            case "region-comparison" -> region(user, c.parameters().get("indicator"), fill, parts);
            case "overview" -> overview(user, MunicipalityCode.of(c.parameters().get("municipality")), period, fill,
                    parts);
            case "coverage" -> coverage(user, c.parameters().get("unit"), period, fill, parts, audits);
            default -> throw new IllegalArgumentException("no raw baseline for " + c.id());
        };
        ResourceBundle own = ResourceBundle.getBundle(TEMPLATES + c.id(), user.locale(), ReportRows.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        fill.put(JRParameter.REPORT_LOCALE, user.locale());
        fill.put(JRParameter.REPORT_RESOURCE_BUNDLE, own);
        fill.put(JRParameter.REPORT_CLASS_LOADER, ReportRows.class.getClassLoader());
        fill.put(JRParameter.IS_IGNORE_PAGINATION, c.format() != ReportFormat.PDF);
        fill.put("GENERATED_ON", LocalDate.now().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(user.locale())));
        fill.putIfAbsent("PERIOD_LABEL", period == null ? texts.text("period.all") : period.label());
        fill.put("PARAMETERS_TEXT", describe(c, (String) fill.get("PERIOD_LABEL")));
        String title = own.getString(c.format() == ReportFormat.XLSX && own.containsKey("sheet.name")
                ? "sheet.name" : "report.title");
        return new Input(c, rows, fill, title, parts, CompletableFuture.allOf(audits.toArray(CompletableFuture[]::new)));
    }

    private List<ReportBeans.RegionRow> region(PejlUser user, String indicator, Map<String, Object> fill,
            Map<String, Long> parts) {
        IndicatorInfo info = engine.indicator(indicator).orElseThrow();
        IndicatorResult result = timed(parts, "engine, 1 evaluation", () -> engine.evaluate(user, indicator,
                new IndicatorQuery(List.of("municipality"), null, null, null, null)));
        Map<String, Cell> cells = by(result, "municipality");
        List<ReportBeans.RegionRow> rows = new ArrayList<>();
        directory.all().forEach(m -> rows.add(regionRow(info, m.name(), m.code().value(),
                cells.remove(m.code().value()))));
        // Municipalities of the data that the directory does not know, by their code.
        cells.keySet().stream().filter(code -> !Cell.ALL.equals(code)).sorted()
                .forEach(code -> rows.add(regionRow(info, code, code, cells.get(code))));
        rows.add(new ReportBeans.RegionRow(texts.text("region.whole"), "", true, cells.get(Cell.ALL), pattern(info), null));
        fill.put("AREA_NAME", texts.text("region.whole"));
        // The strictest threshold any cell was held to, as the footnote states it.
        fill.put("THRESHOLD", result.thresholds().values().stream().mapToInt(Integer::intValue)
                .reduce(result.threshold(), Math::max));
        fill.put("INDICATOR_NAME", info.name().in(user.locale()));
        fill.put("INDICATOR_DESCRIPTION", info.description().in(user.locale()));
        fill.put("VALUE_LABEL", texts.named("valueType.", info.valueType()));
        return rows;
    }

    private static ReportBeans.RegionRow regionRow(IndicatorInfo info, String name, String code, Cell cell) {
        return new ReportBeans.RegionRow(name, code, false, cell, pattern(info), chartValue(info, cell));
    }

    private List<ReportBeans.OverviewRow> overview(PejlUser user, MunicipalityCode m, ReportingPeriod period,
            Map<String, Object> fill, Map<String, Long> parts) {
        ReportingPeriod previous = ReportingPeriod.parse(PERIOD, String.valueOf(period.from().getYear() - 1));
        List<ReportBeans.OverviewRow> rows = new ArrayList<>();
        List<IndicatorInfo> indicators = engine.indicators();
        String evaluations = "engine, " + 2 * indicators.size() + " evaluations";
        for (IndicatorInfo info : indicators) {
            IndicatorResult now = timed(parts, evaluations, () -> engine.evaluate(user, info.id(),
                    new IndicatorQuery(info.mustSplitBy(), period, m, null, null)));
            IndicatorResult before = timed(parts, evaluations, () -> engine.evaluate(user, info.id(),
                    new IndicatorQuery(info.mustSplitBy(), previous, m, null, null)));
            fill.put("THRESHOLD", now.threshold());
            Map<Map<String, String>, Cell> earlier = new HashMap<>();
            before.cells().forEach(cell -> earlier.put(cell.key(), cell));
            for (Cell cell : now.cells()) {
                if (!cell.key().containsValue(Cell.ALL)) {
                    rows.add(overviewRow(user, info, cell, earlier.get(cell.key())));
                }
            }
        }
        rows.sort(Comparator.comparing(ReportBeans.OverviewRow::getAreaOrder)
                .thenComparing(ReportBeans.OverviewRow::getIndicatorName));
        fill.put("AREA_NAME", municipalityName(m));
        fill.put("PERIOD_LABEL", period.label());
        fill.put("PREVIOUS_PERIOD_LABEL", previous.label());
        return rows;
    }

    private ReportBeans.OverviewRow overviewRow(PejlUser user, IndicatorInfo info, Cell cell, Cell before) {
        String area = cell.key().getOrDefault("bbic-area", info.bbicArea());
        String name = info.name() == null ? "" : info.name().in(user.locale());
        if (cell.key().containsKey("occasion")) {
            name += " \u2013 " + texts.named("occasion.", cell.key().get("occasion"));
        }
        return new ReportBeans.OverviewRow(area, areaName(user, area), areaOrder(area), info.id(), name, pattern(info),
                cell, before, chartValue(info, cell), chartValue(info, before));
    }

    /** As CoverageData: a manager gets the occasions of their own units; the unit figures cover every unit. */
    private List<ReportBeans.CoverageRow> coverage(PejlUser user, String unit, ReportingPeriod period,
            Map<String, Object> fill, Map<String, Long> parts, List<CompletableFuture<Void>> audits) {
        IndicatorQuery byUnit = new IndicatorQuery(List.of("unit"), period, user.municipality(), unit, null);
        IndicatorResult coverage = timed(parts, "engine, 2 evaluations",
                () -> engine.evaluate(user, "follow-up-coverage", byUnit));
        Map<String, Cell> coverageByUnit = by(coverage, "unit");
        Map<String, Cell> responseByUnit = by(timed(parts, "engine, 2 evaluations",
                () -> engine.evaluate(user, "survey-response-rate", byUnit)), "unit");
        Access access = new Access(user, "benchmark raw coverage");
        List<PlannedOccasion> occasions = new ArrayList<>();
        long t = System.nanoTime();
        for (String u : user.has(Role.MANAGER) && unit == null ? user.units().stream().sorted().toList()
                : Collections.singletonList(unit)) {
            Audited<List<PlannedOccasion>> read = followUp.occasionsAuditedMeanwhile(access, new OccasionQuery(LISTED,
                    null, u, period == null ? null : period.from(), period == null ? null : period.to()));
            occasions.addAll(read.data());
            audits.add(read.written().toCompletableFuture());
        }
        // As the bundle does: the audit entry naming the clients is written while the report is
        // filled, so only the read is in the way of the fill.
        parts.put("FollowUpService.occasionsAuditedMeanwhile (" + occasions.size() + " due in the period; the"
                + " audit entry naming their clients written meanwhile)", System.nanoTime() - t);
        occasions.sort(Comparator.comparing(PlannedOccasion::unit).thenComparing(PlannedOccasion::caseworker)
                .thenComparing(PlannedOccasion::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PlannedOccasion::episodeId));
        List<ReportBeans.CoverageRow> rows = new ArrayList<>(occasions.size());
        for (PlannedOccasion o : occasions) {
            rows.add(new ReportBeans.CoverageRow(o, texts.named("episodeType.", o.episodeType()),
                    texts.named("occasion.", o.key()), texts.named("status.", o.status().name()), coverageByUnit.get(o.unit()),
                    responseByUnit.get(o.unit())));
        }
        fill.put("AREA_NAME", municipalityName(user.municipality()) + (unit == null ? "" : " \u00b7 " + unit));
        fill.put("THRESHOLD", coverage.threshold());
        return rows;
    }

    /** "Period: 2025 · Kommun: Skövde", as Preparation.describe writes it. */
    private String describe(ReportCase c, String periodLabel) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.text("param.period") + ": " + periodLabel);
        for (String name : PARAMETER_ORDER) {
            String value = c.parameters().get(name);
            if (value != null && !name.equals(PERIOD)) {
                String shown = switch (name) {
                    case "municipality" -> municipalityName(MunicipalityCode.of(value));
                    case "indicator" -> engine.indicator(value).map(i -> i.name().in(c.user().locale())).orElse(value);
                    case "episodeType" -> texts.named("episodeType.", value);
                    case "occasion" -> texts.named("occasion.", value);
                    default -> value;
                };
                parts.add(texts.text("param." + name) + ": " + shown);
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Runs the call, adding its time to what {@code parts} has under the label. */
    private static <T> T timed(Map<String, Long> parts, String label, Supplier<T> call) {
        long t = System.nanoTime();
        T result = call.get();
        parts.merge(label, System.nanoTime() - t, Long::sum);
        return result;
    }

    private String municipalityName(MunicipalityCode code) {
        return directory.find(code).map(m -> m.name()).orElse(code.value());
    }

    private String areaName(PejlUser user, String key) {
        if ("process".equals(key)) {
            return texts.text("area.process");
        }
        return BbicArea.of(key).map(a -> a.title().in(user.locale())).orElse(key == null ? texts.text("area.other") : key);
    }

    private static int areaOrder(String key) {
        if ("process".equals(key)) {
            return BbicArea.values().length;
        }
        return BbicArea.of(key).map(Enum::ordinal).orElse(BbicArea.values().length + 1);
    }

    private static Map<String, Cell> by(IndicatorResult result, String dimension) {
        Map<String, Cell> cells = new HashMap<>();
        for (Cell cell : result.cells()) {
            String value = cell.key().get(dimension);
            if (value != null) {
                cells.put(value, cell);
            }
        }
        return cells;
    }

    private static String pattern(IndicatorInfo info) {
        return switch (info.valueType()) {
            case "share" -> "0 %";
            case "score", "t-score" -> "0.0";
            default -> "0";
        };
    }

    private static Double chartValue(IndicatorInfo info, Cell cell) {
        if (!"share".equals(info.valueType()) || cell == null || cell.suppressed() || cell.value() == null) {
            return null;
        }
        return cell.value() * 100;
    }
}
