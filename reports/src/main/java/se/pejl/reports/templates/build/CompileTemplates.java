package se.pejl.reports.templates.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time tool: compiles every {@code <id>.jrxml} in a folder to {@code <id>.jasper}. Run by
 * exec-maven-plugin in a forked JVM; it is not used at runtime.
 */
public final class CompileTemplates {

  private CompileTemplates() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CompileTemplates <jrxml dir> <jasper dir>");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> templates;
    try (Stream<Path> files = Files.list(source)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    int failed = 0;
    for (Path jrxml : templates) {
      String id = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", "");
      Path jasper = target.resolve(id + ".jasper");
      try {
        JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
        System.out.println("compiled " + jrxml.getFileName() + " -> " + jasper);
      } catch (JRException e) {
        // Report every broken template in one run rather than stopping at the first.
        failed++;
        System.err.println("FAILED " + jrxml.getFileName() + ": " + e.getMessage());
      }
    }
    if (failed > 0 || templates.isEmpty()) {
      System.err.println(templates.isEmpty() ? "no .jrxml in " + source : failed + " failed");
      System.exit(1);
    }
  }
}
