package se.pejl.forms.internal;

import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.store.InstrumentDefinitionRepository;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.DefinitionFiles;

/**
 * The instrument extender: any bundle that names folders in the manifest header
 * {@value #HEADER} (e.g. {@code Pejl-Instruments: instruments/}) provides the {@code *.json}
 * definitions in them while it is started. A broken file is logged with its bundle, path, JSON
 * path and reason, and left out; the others keep working. When the bundle stops, its instruments
 * can no longer be answered, but every version stays readable: each is stored the first time it
 * is seen and restored at activation, so also after a restart without the bundle.
 */
@Component(service = InstrumentRegistry.class)
public final class InstrumentExtender implements InstrumentRegistry {
  static final String HEADER = "Pejl-Instruments";
  private static final Logger LOG = LoggerFactory.getLogger(InstrumentExtender.class);

  /** The bundle name the test constructor's files are stored under. */
  static final String TEST_BUNDLE = "test";

  private final Catalog catalog = new Catalog();
  private final InstrumentParser parser;
  private final DefinitionHistory history;
  private final BundleTracker<List<String>> tracker;

  @Activate
  public InstrumentExtender(BundleContext context, @Reference JsonProvider json,
      @Reference InstrumentDefinitionRepository stored) {
    this.parser = new InstrumentParser(json);
    this.history = new DefinitionHistory(stored, parser, Clock.systemUTC());
    // Stored versions first, so that a bundle shipping one of them with another text is refused.
    restore();
    // STARTING too: a bundle's components (this one's included) may look for its instruments
    // while it is still starting.
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
    tracker.open();
  }

  /**
   * For tests outside a framework: the stored definitions, then the files as if one bundle
   * ({@value #TEST_BUNDLE}) provided them.
   */
  InstrumentExtender(JsonProvider json, InstrumentDefinitionRepository stored, Clock clock, List<URL> files) {
    this.parser = new InstrumentParser(json);
    this.history = new DefinitionHistory(stored, parser, clock);
    this.tracker = null;
    restore();
    files.forEach(f -> load(f.getPath(), f, TEST_BUNDLE, 0));
  }

  @Deactivate
  void close() {
    tracker.close();
  }

  private void restore() {
    List<DefinitionHistory.Remembered> remembered = history.restore();
    remembered.forEach(r -> catalog.restore(r.instrument(), r.sha256()));
    LOG.info("Instrument versions seen before, readable; answerable once a bundle provides them: {}",
        remembered.stream().map(r -> r.instrument().id() + "@" + r.instrument().version()).toList());
  }

  /** Loads the definitions of one bundle; returns the ids loaded, as {@code id@version}. */
  List<String> load(Bundle bundle) {
    return DefinitionFiles.inBundle(bundle, HEADER, "instrument").map(files -> {
      List<String> loaded = new ArrayList<>();
      files.forEach((name, file) -> load(name, file, bundle.getSymbolicName(), bundle.getBundleId())
          .ifPresent(i -> loaded.add(i.id() + "@" + i.version())));
      LOG.info("Instruments from {}: {}", bundle.getSymbolicName(), loaded);
      return loaded;
    }).orElse(null);
  }


  /**
   * Stores the definition the first time its id and version are seen, before it can be answered:
   * no answer may exist under a version whose text could be lost. Package-private so the unit
   * tests load files the same way.
   */
  Optional<Instrument> load(String name, URL file, String bundle, long provider) {
    try (InputStream in = file.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Instrument instrument = parser.parse(name, text);
      String sha256 = history.remember(name, instrument, text, bundle);
      catalog.add(name, instrument, sha256, provider);
      return Optional.of(instrument);
    } catch (DefinitionException e) {
      LOG.error("Instrument definition rejected: {}", e.getMessage());
    } catch (IOException e) {
      LOG.error("Instrument definition {} could not be read: {}", name, e.getMessage());
    } catch (RuntimeException e) {
      // A framework callback is the boundary: a store failure refuses this file (it could not be
      // kept for its answers) and must not stop the other bundles' instruments.
      LOG.error("Instrument definition {} not offered for answers, it could not be stored: {}", name, e.toString());
    }
    return Optional.empty();
  }

  @Override
  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(id).flatMap(catalog::newestAvailable);
  }

  @Override
  public List<Instrument> all() {
    return catalog.allAvailable();
  }

  @Override
  public Optional<Instrument> find(String id, int version) {
    return Optional.ofNullable(id).flatMap(i -> catalog.find(i, version));
  }

  @Override
  public boolean comparable(String id, String scaleId, int version, int otherVersion) {
    return catalog.comparable(id, scaleId, version, otherVersion);
  }

  @Override
  public Optional<String> definitionSchema() {
    return DefinitionFiles.schema(InstrumentExtender.class, "/instrument.schema.json");
  }


  Catalog catalog() {
    return catalog;
  }

  private final class Customizer implements BundleTrackerCustomizer<List<String>> {
    @Override
    public List<String> addingBundle(Bundle bundle, BundleEvent event) {
      return load(bundle);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<String> loaded) {
      // STARTING to ACTIVE changes nothing that was loaded
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<String> loaded) {
      catalog.withdraw(bundle.getBundleId());
      LOG.info("Instruments of {} withdrawn for new answers; answers given under them stay readable: {}",
          bundle.getSymbolicName(), loaded);
    }
  }
}
