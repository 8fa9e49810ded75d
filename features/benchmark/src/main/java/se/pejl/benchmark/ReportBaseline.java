package se.pejl.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import se.pejl.api.reports.ReportFormat;

/**
 * The raw baseline of the report figures: JasperReports on the benchmark's own class path, outside
 * OSGi, filling the same compiled template (pejl-report-templates) from a
 * {@code JRBeanCollectionDataSource} of the same rows ({@link ReportRows}) and exporting with the
 * reports bundle's exporter settings. Only fill and export are timed: the template is loaded
 * before, as the bundle loads its templates when it starts. A run at a time, taking turns with
 * Pejl's ({@link PejlReports}).
 */
final class ReportBaseline {
    private static final String TEMPLATES = "se/pejl/reports/templates/";

    /**
     * Times in nanoseconds: the first fill + export, and medians of the warm runs, of the fill and
     * the export each and of their sums; and every run's sum.
     */
    record Figures(int rows, int pages, int bytes, long first, long fill, long export, long warm, long[] runs) {
        /** As Pejl's: the first is cold, the next {@link PejlReports#WARM_UP} are not counted. */
        static Figures of(int rows, List<Turn> turns) {
            long[] fill = turns.stream().mapToLong(Turn::fill).toArray();
            long[] export = turns.stream().mapToLong(Turn::export).toArray();
            long[] runs = turns.stream().mapToLong(t -> t.fill() + t.export()).toArray();
            Turn last = turns.get(turns.size() - 1);
            return new Figures(rows, last.pages(), last.bytes(), runs[0], PejlReports.warmMedian(fill),
                    PejlReports.warmMedian(export), PejlReports.warmMedian(runs), runs);
        }
    }

    /** One fill and export: their times in nanoseconds, and what they made. */
    record Turn(long fill, long export, int pages, int bytes) {
    }

    private final JasperReportsContext jasper = new SimpleJasperReportsContext();
    private final Map<String, JasperReport> templates = new HashMap<>();

    /** Fills and exports the input once. */
    Turn once(ReportRows.Input input) throws JRException, IOException {
        JasperReport template = template(input.report().id());
        long t = System.nanoTime();
        // A fresh map each time, as the bundle gives each fill: the filler adds its own entries.
        JasperPrint print = JasperFillManager.getInstance(jasper).fill(template, new HashMap<>(input.parameters()),
                new JRBeanCollectionDataSource(input.rows()));
        long fill = System.nanoTime() - t;
        t = System.nanoTime();
        byte[] out = export(print, input.report().format(), input.title());
        return new Turn(fill, System.nanoTime() - t, print.getPages().size(), out.length);
    }

    private JasperReport template(String id) throws JRException, IOException {
        JasperReport loaded = templates.get(id);
        if (loaded == null) {
            try (InputStream in = ReportBaseline.class.getClassLoader().getResourceAsStream(TEMPLATES + id + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("No " + TEMPLATES + id + ".jasper on the class path (pejl-report-templates)");
                }
                loaded = (JasperReport) JRLoader.loadObject(jasper, in);
            }
            templates.put(id, loaded);
        }
        return loaded;
    }

    /** As the reports bundle's Exports does it for PDF and XLSX. */
    private byte[] export(JasperPrint print, ReportFormat format, String title) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        SimpleExporterInput input = new SimpleExporterInput(print);
        switch (format) {
            case PDF -> {
                JRPdfExporter pdf = new JRPdfExporter(jasper);
                SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
                config.setMetadataTitle(title);
                config.setMetadataCreator("Pejl");
                config.setDisplayMetadataTitle(true);
                pdf.setConfiguration(config);
                pdf.setExporterInput(input);
                pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                pdf.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter xlsx = new JRXlsxExporter(jasper);
                SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
                config.setDetectCellType(true);
                config.setOnePagePerSheet(false);
                config.setRemoveEmptySpaceBetweenRows(true);
                config.setRemoveEmptySpaceBetweenColumns(true);
                config.setWhitePageBackground(false);
                config.setIgnorePageMargins(true);
                config.setSheetNames(new String[] {sheetName(title)});
                xlsx.setConfiguration(config);
                xlsx.setExporterInput(input);
                xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                xlsx.exportReport();
            }
            default -> throw new IllegalArgumentException("no raw baseline for " + format);
        }
        return out.toByteArray();
    }

    /** Excel allows at most 31 characters and none of {@code []:*?/\} in a sheet name. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
    }
}
