package se.pejl.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.indicators.Cell;

/**
 * The raw baseline's rows as plain Java beans, one class per template, with a getter per template
 * field: what a JasperReports user fills a report from with {@code JRBeanCollectionDataSource}.
 * Public, as commons-beanutils calls only public getters of public classes.
 */
public final class ReportBeans {

    private ReportBeans() {
    }

    /** A cell's three fields as the reports bundle writes them: a missing cell is blank, not suppressed. */
    record Figure(Double value, Integer n, Boolean suppressed) {
        static Figure of(Cell cell) {
            return new Figure(cell == null ? null : cell.value(), cell == null ? null : cell.n(),
                    cell != null && cell.suppressed());
        }
    }

    /** A row of region-comparison.jrxml: one municipality, or the region. */
    public static final class RegionRow {
        private final String municipality;
        private final String code;
        private final Boolean tookPart;
        private final Boolean regionTotal;
        private final Figure figure;
        private final String pattern;
        private final Double chartValue;

        RegionRow(String municipality, String code, boolean regionTotal, Cell cell, String pattern, Double chartValue) {
            this.municipality = municipality;
            this.code = code;
            this.tookPart = cell != null;
            this.regionTotal = regionTotal;
            this.figure = Figure.of(cell);
            this.pattern = pattern;
            this.chartValue = chartValue;
        }

        public String getMunicipality() {
            return municipality;
        }

        public String getCode() {
            return code;
        }

        public Boolean getTookPart() {
            return tookPart;
        }

        public Boolean getRegionTotal() {
            return regionTotal;
        }

        public Double getValue() {
            return figure.value();
        }

        public Integer getN() {
            return figure.n();
        }

        public Boolean getSuppressed() {
            return figure.suppressed();
        }

        public String getPattern() {
            return pattern;
        }

        public Double getChartValue() {
            return chartValue;
        }
    }

    /** A row of overview.jrxml: one indicator (or one part of a split one), now and the period before. */
    public static final class OverviewRow {
        private final String area;
        private final String areaName;
        private final Integer areaOrder;
        private final String indicatorId;
        private final String indicatorName;
        private final String pattern;
        private final Figure now;
        private final Figure previous;
        private final Double chartValue;
        private final Double chartPrevious;

        OverviewRow(String area, String areaName, int areaOrder, String indicatorId, String indicatorName,
                String pattern, Cell now, Cell previous, Double chartValue, Double chartPrevious) {
            this.area = area;
            this.areaName = areaName;
            this.areaOrder = areaOrder;
            this.indicatorId = indicatorId;
            this.indicatorName = indicatorName;
            this.pattern = pattern;
            this.now = Figure.of(now);
            this.previous = Figure.of(previous);
            this.chartValue = chartValue;
            this.chartPrevious = chartPrevious;
        }

        public String getArea() {
            return area;
        }

        public String getAreaName() {
            return areaName;
        }

        public Integer getAreaOrder() {
            return areaOrder;
        }

        public String getIndicatorId() {
            return indicatorId;
        }

        public String getIndicatorName() {
            return indicatorName;
        }

        public String getPattern() {
            return pattern;
        }

        public Double getValue() {
            return now.value();
        }

        public Integer getN() {
            return now.n();
        }

        public Boolean getSuppressed() {
            return now.suppressed();
        }

        public Double getPreviousValue() {
            return previous.value();
        }

        public Integer getPreviousN() {
            return previous.n();
        }

        public Boolean getPreviousSuppressed() {
            return previous.suppressed();
        }

        public Double getChartValue() {
            return chartValue;
        }

        public Double getChartPrevious() {
            return chartPrevious;
        }
    }

    /** A row of coverage.jrxml: one occasion, with its unit's coverage and response rate. */
    public static final class CoverageRow {
        private final String unit;
        private final String caseworker;
        private final Long episodeId;
        private final String episodeTypeName;
        private final String occasionName;
        private final Date dueDate;
        private final Date windowEnd;
        private final String status;
        private final String statusName;
        private final Figure coverage;
        private final Figure response;

        /** {@code occasion}: its unit, caseworker, episode and dates; the names are the texts the report shows. */
        CoverageRow(PlannedOccasion occasion, String episodeTypeName, String occasionName, String statusName,
                Cell coverage, Cell response) {
            this.unit = occasion.unit();
            this.caseworker = occasion.caseworker();
            this.episodeId = occasion.episodeId();
            this.episodeTypeName = episodeTypeName;
            this.occasionName = occasionName;
            this.dueDate = date(occasion.dueDate());
            this.windowEnd = date(occasion.windowEnd());
            this.status = occasion.status().name();
            this.statusName = statusName;
            this.coverage = Figure.of(coverage);
            this.response = Figure.of(response);
        }

        /** As the reports bundle passes dates to templates: the day's start in the JVM's zone. */
        private static Date date(LocalDate day) {
            return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }

        public String getUnit() {
            return unit;
        }

        public String getCaseworker() {
            return caseworker;
        }

        public Long getEpisodeId() {
            return episodeId;
        }

        public String getEpisodeTypeName() {
            return episodeTypeName;
        }

        public String getOccasionName() {
            return occasionName;
        }

        public Date getDueDate() {
            return dueDate;
        }

        public Date getWindowEnd() {
            return windowEnd;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusName() {
            return statusName;
        }

        public Double getUnitCoverage() {
            return coverage.value();
        }

        public Integer getUnitCoverageN() {
            return coverage.n();
        }

        public Boolean getUnitCoverageSuppressed() {
            return coverage.suppressed();
        }

        public Double getUnitResponseRate() {
            return response.value();
        }

        public Integer getUnitResponseN() {
            return response.n();
        }

        public Boolean getUnitResponseSuppressed() {
            return response.suppressed();
        }
    }
}
