package se.pejl.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
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
 * before, as the bundle loads its templates when it starts.
 */
final class ReportBaseline {
    private static final String TEMPLATES = "se/pejl/reports/templates/";

    /**
     * Times in nanoseconds: the first fill + export, and medians of the warm runs, of the fill and
     * the export each and of their sums.
     */
    record Figures(int rows, int pages, int bytes, long first, long fill, long export, long warm) {
    }

    private final JasperReportsContext jasper = new SimpleJasperReportsContext();
    private final Map<String, JasperReport> templates = new HashMap<>();

    /** @param measured how many runs to count after the first and the warm-up, as many as Pejl's */
    Figures run(ReportRows.Input input, int measured) throws JRException, IOException {
        JasperReport template = template(input.report().id());
        long[] fill = new long[1 + PejlReports.WARM_UP + measured];
        long[] export = new long[1 + PejlReports.WARM_UP + measured];
        int pages = 0;
        int bytes = 0;
        for (int i = 0; i < fill.length; i++) {
            long t = System.nanoTime();
            // A fresh map each time, as the bundle gives each fill: the filler adds its own entries.
            JasperPrint print = JasperFillManager.getInstance(jasper).fill(template, new HashMap<>(input.parameters()),
                    new JRBeanCollectionDataSource(input.rows()));
            fill[i] = System.nanoTime() - t;
            t = System.nanoTime();
            byte[] out = export(print, input.report().format(), input.title());
            export[i] = System.nanoTime() - t;
            pages = print.getPages().size();
            bytes = out.length;
        }
        // As Pejl's: the first is cold, the next few are not counted.
        long[] warmFill = Arrays.copyOfRange(fill, 1 + PejlReports.WARM_UP, fill.length);
        long[] warmExport = Arrays.copyOfRange(export, 1 + PejlReports.WARM_UP, export.length);
        long[] warm = new long[measured];
        for (int i = 0; i < measured; i++) {
            warm[i] = warmFill[i] + warmExport[i];
        }
        return new Figures(input.rows().size(), pages, bytes, fill[0] + export[0], Timing.median(warmFill),
                Timing.median(warmExport), Timing.median(warm));
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
