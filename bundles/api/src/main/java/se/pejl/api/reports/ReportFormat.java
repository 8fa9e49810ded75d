package se.pejl.api.reports;

import java.util.Locale;
import java.util.Optional;

/** The formats a report can be rendered in. */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv; charset=UTF-8", "csv"),
  HTML("text/html; charset=UTF-8", "html");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format named like its file extension ({@code pdf}, {@code xlsx} …), if any. */
  public static Optional<ReportFormat> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (ReportFormat f : values()) {
      if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
