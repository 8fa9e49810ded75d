package se.pejl.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import se.pejl.api.PejlUser;

/** Reading rendered reports back, as a manager's PDF reader or Excel would. */
final class Pdfs {
  private Pdfs() {}

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text of each page. */
  static java.util.List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      java.util.List<String> pages = new java.util.ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  /** Text with line breaks folded, for sentences the layout may wrap. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** A text of a template, in Swedish, so that tests follow the wording of the texts files. */
  static String sv(String report, String key) {
    return ResourceBundle.getBundle("se.pejl.reports.templates." + report, PejlUser.SWEDISH).getString(key);
  }
}
