package se.pejl.indicators.internal;

import jakarta.json.spi.JsonProvider;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.DefinitionFiles;

/**
 * The indicator extender: any bundle that names folders in the manifest header {@value #HEADER}
 * (e.g. {@code Pejl-Indicators: indicators/}) provides the {@code *.json} definitions in them while
 * it is started, so a region adds its own indicators without code. A broken file is logged with
 * its bundle, path, JSON path and reason and left out; the others keep working. With two bundles
 * giving the same id, the higher version is used; the same id and version twice, the first.
 */
@Component(service = IndicatorExtender.class)
public final class IndicatorExtender {
  static final String HEADER = "Pejl-Indicators";
  private static final Logger LOG = LoggerFactory.getLogger(IndicatorExtender.class);

  private final IndicatorParser parser;
  private final Map<Long, List<IndicatorDefinition>> byBundle = new ConcurrentHashMap<>();
  private final BundleTracker<List<IndicatorDefinition>> tracker;

  @Activate
  public IndicatorExtender(BundleContext context, @Reference JsonProvider json) {
    this.parser = new IndicatorParser(json);
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
    tracker.open();
  }

  /** For tests outside a framework: the files, as if one bundle gave them. */
  IndicatorExtender(JsonProvider json, List<URL> files) {
    this.parser = new IndicatorParser(json);
    this.tracker = null;
    List<IndicatorDefinition> loaded = new ArrayList<>();
    files.forEach(f -> load(f.getPath(), f, loaded));
    byBundle.put(0L, loaded);
  }

  @Deactivate
  void close() {
    tracker.close();
  }

  /** The definition in use under each id, by BBIC area and id. */
  List<IndicatorDefinition> all() {
    Map<String, IndicatorDefinition> chosen = new java.util.TreeMap<>();
    byBundle.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().forEach(d ->
        chosen.merge(d.id(), d, (was, now) -> now.info().version() > was.info().version() ? now : was)));
    return chosen.values().stream()
        .sorted(Comparator.comparing((IndicatorDefinition d) -> d.info().bbicArea()).thenComparing(IndicatorDefinition::id))
        .toList();
  }

  Optional<IndicatorDefinition> find(String id) {
    return all().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  private List<IndicatorDefinition> load(Bundle bundle) {
    return DefinitionFiles.inBundle(bundle, HEADER, "indicator").map(files -> {
      List<IndicatorDefinition> loaded = new ArrayList<>();
      files.forEach((name, file) -> load(name, file, loaded));
      byBundle.put(bundle.getBundleId(), loaded);
      LOG.info("Indicators from {}: {}", bundle.getSymbolicName(),
          loaded.stream().map(d -> d.id() + "@" + d.info().version()).toList());
      return loaded;
    }).orElse(null);
  }


  private void load(String name, URL file, List<IndicatorDefinition> into) {
    try (InputStream in = file.openStream()) {
      IndicatorDefinition d = parser.parse(name, in);
      if (into.stream().anyMatch(o -> o.id().equals(d.id()))) {
        throw new DefinitionException(name, "$.id", "\"" + d.id() + "\" is defined twice in the same bundle");
      }
      into.add(d);
    } catch (DefinitionException e) {
      LOG.error("Indicator definition rejected: {}", e.getMessage());
    } catch (IOException e) {
      LOG.error("Indicator definition {} could not be read: {}", name, e.getMessage());
    }
  }

  /** The JSON Schema of the definition files. */
  static Optional<String> schema() {
    return DefinitionFiles.schema(IndicatorExtender.class, "/indicator.schema.json");
  }


  private final class Customizer implements BundleTrackerCustomizer<List<IndicatorDefinition>> {
    @Override
    public List<IndicatorDefinition> addingBundle(Bundle bundle, BundleEvent event) {
      return load(bundle);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<IndicatorDefinition> loaded) {
      // STARTING to ACTIVE changes nothing that was loaded
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<IndicatorDefinition> loaded) {
      byBundle.remove(bundle.getBundleId());
      LOG.info("Indicators of {} withdrawn: {}", bundle.getSymbolicName(), loaded.stream().map(IndicatorDefinition::id).toList());
    }
  }
}
