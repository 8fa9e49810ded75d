package se.pejl.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.reports.ReportFormat;

/**
 * One report of the issue's figures, asked for the same way over HTTP (as a demo account) and
 * through the typed service (as a benchmark user of the same role and municipality).
 *
 * @param label as the report table prints it
 * @param target the issue's bound on the request, in nanoseconds
 * @param httpAccount the demo host's account for the HTTP request; its password is {@code demo}
 * @param user the same role and municipality for {@code ReportService.render}
 */
record ReportCase(String label, String id, ReportFormat format, Map<String, String> parameters, long target,
        String httpAccount, PejlUser user) {

    /** Skövde: the largest municipality of the generated data, and one the demo host has users in. */
    static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
    /** The generated episodes start 2023–2025; 2025 is a whole year with data, and 2024 before it. */
    static final String OVERVIEW_PERIOD = "2025";
    /**
     * One unit's occasions due in the last nine months of 2024: about 10,800 at a million answers.
     * Skövde as a whole lists some 220,000, the unit about 44,000 over all years (14,300 in 2024). A
     * manager gets only the occasions of their own units, and of the generated units only this one
     * is also one of the demo host's {@code manager.skovde}.
     */
    static final String COVERAGE_UNIT = "Stödgruppen Skövde";
    static final String COVERAGE_PERIOD = "2024-04-01/2024-12-31";

    private static final long SECOND = 1_000_000_000L;
    private static final PejlUser ANALYST = new PejlUser("benchmark.analyst", "Benchmark", Set.of(Role.ANALYST),
            SKOVDE, Set.of(), null);
    /** A manager of every unit the generated data has in Skövde. */
    private static final PejlUser MANAGER = new PejlUser("manager.bench", "Benchmark manager", Set.of(Role.MANAGER),
            SKOVDE, unitsOf(SKOVDE), null);

    ReportCase {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The issue's three: region comparison to PDF, one municipality's overview to PDF, a coverage list to XLSX. */
    static List<ReportCase> issueSix() {
        return List.of(
                new ReportCase("region comparison PDF", "region-comparison", ReportFormat.PDF,
                        Map.of("indicator", "wellbeing-improved"), SECOND, "analyst.region", ANALYST),
                new ReportCase("overview PDF", "overview", ReportFormat.PDF,
                        ordered("municipality", SKOVDE.value(), "period", OVERVIEW_PERIOD), SECOND,
                        "analyst.region", ANALYST),
                new ReportCase("coverage XLSX", "coverage", ReportFormat.XLSX,
                        ordered("period", COVERAGE_PERIOD, "unit", COVERAGE_UNIT), 5 * SECOND,
                        "manager.skovde", MANAGER));
    }

    /** {@code /pejl/api/reports/<id>?format=…&<parameters>}, encoded. */
    String path() {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/pejl/api/reports/" + id + "?format=" + format.extension() + (query.isEmpty() ? "" : "&" + query);
    }

    private static Set<String> unitsOf(MunicipalityCode code) {
        Set<String> units = Region.UNITS.stream()
                .filter(u -> Region.MUNICIPALITIES.get(u.municipality()).code().equals(code.value()))
                .map(Region.Unit::name).collect(Collectors.toSet());
        if (!units.contains(COVERAGE_UNIT)) {
            throw new IllegalStateException("The generated data has no unit " + COVERAGE_UNIT + ": " + units);
        }
        return units;
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
