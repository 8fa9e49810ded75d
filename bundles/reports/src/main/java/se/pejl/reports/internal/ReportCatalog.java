package se.pejl.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.reports.ReportInfo;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.DefinitionFiles;

/**
 * The report extender: any bundle that names folders in the manifest header {@value #HEADER}
 * (e.g. {@code Pejl-Reports: reports/}) provides the reports described by the {@code *.json} files
 * there while it is started, so a municipality adds its own report by installing a bundle. Pejl's
 * built-in reports come the same way from this bundle. A broken descriptor or template is logged
 * with the file and the reason and left out; the other reports keep working. An id that is already
 * taken is refused: a report must not change under a manager because a bundle was installed.
 */
final class ReportCatalog {
  static final String HEADER = "Pejl-Reports";
  private static final Logger LOG = LoggerFactory.getLogger(ReportCatalog.class);

  private final DescriptorReader reader;
  private final Bundle own;
  private final Map<Long, List<LoadedReport>> byBundle = new ConcurrentHashMap<>();
  private final BundleTracker<List<LoadedReport>> tracker;

  ReportCatalog(BundleContext context, DescriptorReader reader) {
    this.reader = reader;
    this.own = context.getBundle();
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
  }

  /** For tests outside a framework: reports only come through {@link #add}. */
  ReportCatalog(DescriptorReader reader) {
    this.reader = reader;
    this.own = null;
    this.tracker = null;
  }

  /** Pejl's own reports first, so that no bundle started before this one can take their ids. */
  void open() {
    load(own);
    tracker.open();
  }

  void close() {
    if (tracker != null) {
      tracker.close();
    }
  }

  /** Built-in reports first, then the others, each by id. */
  List<LoadedReport> all() {
    return byBundle.values().stream().flatMap(List::stream)
        .sorted(Comparator.comparing((LoadedReport r) -> !ReportInfo.BUILT_IN.equals(r.source()))
            .thenComparing(LoadedReport::id))
        .toList();
  }

  Optional<LoadedReport> find(String id) {
    return byBundle.values().stream().flatMap(List::stream).filter(r -> r.id().equals(id)).findFirst();
  }

  private List<LoadedReport> load(Bundle bundle) {
    return DefinitionFiles.inBundle(bundle, HEADER, "report").map(files -> {
      String source = bundle.equals(own) ? ReportInfo.BUILT_IN : bundle.getSymbolicName();
      List<LoadedReport> loaded = add(bundle.getBundleId(), source,
          bundle.adapt(BundleWiring.class).getClassLoader(), files);
      LOG.info("Reports from {}: {}", bundle.getSymbolicName(), loaded.stream().map(LoadedReport::id).toList());
      return loaded;
    }).orElse(null);
  }

  /**
   * Loads the reports one source gives; also how tests outside a framework add theirs.
   *
   * @param files by {@code <source>:<path from the class path root>}, as {@link DefinitionFiles} names them
   */
  synchronized List<LoadedReport> add(long key, String source, ClassLoader loader, Map<String, URL> files) {
    byBundle.remove(key);
    List<LoadedReport> loaded = new ArrayList<>();
    files.forEach((name, file) -> load(name, file, loader, source, loaded).ifPresent(loaded::add));
    byBundle.put(key, loaded);
    return loaded;
  }

  private Optional<LoadedReport> load(String name, URL file, ClassLoader loader, String source,
      List<LoadedReport> loaded) {
    // Names are "<symbolic name>:<path in the bundle>"; texts are found by that path's package.
    String path = name.substring(name.indexOf(':') + 1);
    String prefix = path.substring(0, path.lastIndexOf('/') + 1).replaceFirst("^/", "").replace('/', '.');
    try (InputStream in = file.openStream()) {
      LoadedReport report = reader.read(name, in, sibling -> sibling(file, sibling), prefix, loader, source);
      Optional<String> taken = loaded.stream().anyMatch(r -> r.id().equals(report.id()))
          ? Optional.of(source) : find(report.id()).map(LoadedReport::source);
      if (taken.isPresent()) {
        throw new DefinitionException(name, "$.id", "report \"" + report.id() + "\" is already given by "
            + taken.get());
      }
      return Optional.of(report);
    } catch (DefinitionException e) {
      LOG.error("Report rejected: {}", e.getMessage());
    } catch (IOException e) {
      LOG.error("Report {} could not be read: {}", name, e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      // Whatever a foreign template does while loading, the other reports keep working.
      LOG.error("Report {} rejected: {}", name, e.toString());
    }
    return Optional.empty();
  }

  /** A file in the same folder, or null when there is none. */
  private static URL sibling(URL file, String name) {
    try {
      URL url = new URL(file, name);
      try (InputStream probe = url.openStream()) {
        return url;
      }
    } catch (IOException e) {
      return null;
    }
  }

  private final class Customizer implements BundleTrackerCustomizer<List<LoadedReport>> {
    @Override
    public List<LoadedReport> addingBundle(Bundle bundle, BundleEvent event) {
      List<LoadedReport> ownReports = bundle.equals(own) ? byBundle.get(bundle.getBundleId()) : null;
      return ownReports != null ? ownReports : load(bundle);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<LoadedReport> loaded) {
      // STARTING to ACTIVE changes nothing that was loaded
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<LoadedReport> loaded) {
      byBundle.remove(bundle.getBundleId());
      LOG.info("Reports of {} withdrawn: {}", bundle.getSymbolicName(), loaded.stream().map(LoadedReport::id).toList());
    }
  }
}
