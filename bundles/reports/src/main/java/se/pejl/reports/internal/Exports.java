package se.pejl.reports.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleCsvExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import se.pejl.api.reports.ReportFormat;

/** Exports a filled report to the bytes of one format. Stateless; exporters are made per call. */
final class Exports {
  /**
   * Swedish Excel opens a CSV as Windows-1252 unless it starts with a byte order mark, which
   * would garble å/ä/ö; the semicolon is the list separator of Swedish Excel.
   */
  static final String CSV_BOM = "\uFEFF";

  static final String CSV_DELIMITER = ";";

  private Exports() {}

  /**
   * @param title the PDF document title, or for XLSX the sheet name
   */
  static byte[] export(
      JasperReportsContext context, JasperPrint print, ReportFormat format, String title)
      throws JRException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    SimpleExporterInput input = new SimpleExporterInput(print);
    switch (format) {
      case PDF -> {
        JRPdfExporter pdf = new JRPdfExporter(context);
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
        JRXlsxExporter xlsx = new JRXlsxExporter(context);
        SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
        // Without cell type detection every figure becomes a text cell that Excel cannot sum.
        config.setDetectCellType(true);
        config.setOnePagePerSheet(false);
        config.setRemoveEmptySpaceBetweenRows(true);
        config.setRemoveEmptySpaceBetweenColumns(true);
        config.setWhitePageBackground(false);
        // The page margin would otherwise become an empty first column.
        config.setIgnorePageMargins(true);
        config.setSheetNames(new String[] {sheetName(title)});
        xlsx.setConfiguration(config);
        xlsx.setExporterInput(input);
        xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        xlsx.exportReport();
      }
      case CSV -> {
        out.writeBytes(CSV_BOM.getBytes(StandardCharsets.UTF_8));
        JRCsvExporter csv = new SafeCsvExporter(context);
        SimpleCsvExporterConfiguration config = new SimpleCsvExporterConfiguration();
        config.setFieldDelimiter(CSV_DELIMITER);
        config.setRecordDelimiter("\r\n");
        csv.setConfiguration(config);
        csv.setExporterInput(input);
        csv.setExporterOutput(new SimpleWriterExporterOutput(out, StandardCharsets.UTF_8.name()));
        csv.exportReport();
      }
      case HTML -> {
        HtmlExporter html = new HtmlExporter(context);
        SimpleHtmlReportConfiguration config = new SimpleHtmlReportConfiguration();
        // One self-contained file: charts and bars as data URIs, as there is nowhere to serve images from.
        config.setEmbedImage(true);
        html.setConfiguration(config);
        html.setExporterInput(input);
        html.setExporterOutput(new SimpleHtmlExporterOutput(out, StandardCharsets.UTF_8.name()));
        html.exportReport();
      }
      default -> throw new IllegalArgumentException("unsupported format " + format);
    }
    return out.toByteArray();
  }

  /** Excel allows at most 31 characters and none of {@code []:*?/\} in a sheet name. */
  static String sheetName(String title) {
    String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return clean.length() <= 31 ? clean : clean.substring(0, 31).strip();
  }
}
