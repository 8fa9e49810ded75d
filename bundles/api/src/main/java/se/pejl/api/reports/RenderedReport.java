package se.pejl.api.reports;

/** A rendered report: its bytes, media type and a file name for downloads. */
public record RenderedReport(byte[] content, ReportFormat format, String fileName) {}
