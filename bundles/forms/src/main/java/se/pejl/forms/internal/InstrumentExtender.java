package se.pejl.forms.internal;

import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
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

/**
 * The instrument extender: any bundle that names folders in the manifest header
 * {@value #HEADER} (e.g. {@code Pejl-Instruments: instruments/}) provides the {@code *.json}
 * definitions in them while it is started. A broken file is logged with its bundle, path, JSON
 * path and reason, and left out; the others keep working. When the bundle stops, its instruments
 * can no longer be answered, but every version stays readable.
 */
@Component(service = InstrumentRegistry.class)
public final class InstrumentExtender implements InstrumentRegistry {
  static final String HEADER = "Pejl-Instruments";
  private static final Logger LOG = LoggerFactory.getLogger(InstrumentExtender.class);

  private final Catalog catalog = new Catalog();
  private final InstrumentParser parser;
  private final BundleTracker<List<String>> tracker;

  @Activate
  public InstrumentExtender(BundleContext context, @Reference JsonProvider json) {
    this.parser = new InstrumentParser(json);
    // STARTING too: a bundle's components (this one's included) may look for its instruments
    // while it is still starting.
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
    tracker.open();
  }

  /** For tests outside a framework: the files as if one bundle provided them. */
  InstrumentExtender(JsonProvider json, List<URL> files) {
    this.parser = new InstrumentParser(json);
    this.tracker = null;
    files.forEach(f -> load(f.getPath(), f, 0));
  }

  @Deactivate
  void close() {
    tracker.close();
  }

  /** Loads the definitions of one bundle; returns the ids loaded, as {@code id@version}. */
  List<String> load(Bundle bundle) {
    String header = bundle.getHeaders("").get(HEADER);
    if (header == null) {
      return null;
    }
    List<String> loaded = new ArrayList<>();
    for (String folder : header.split(",")) {
      String dir = folder.trim();
      Enumeration<URL> files = bundle.findEntries(dir, "*.json", false);
      if (files == null) {
        LOG.warn("Bundle {} names the instrument folder {} but it holds no *.json", bundle.getSymbolicName(), dir);
        continue;
      }
      for (URL file : Collections.list(files)) {
        String name = bundle.getSymbolicName() + ":" + file.getPath();
        load(name, file, bundle.getBundleId()).ifPresent(i -> loaded.add(i.id() + "@" + i.version()));
      }
    }
    LOG.info("Instruments from {}: {}", bundle.getSymbolicName(), loaded);
    return loaded;
  }

  /** Package-private so the unit tests load broken files the same way. */
  Optional<Instrument> load(String name, URL file, long provider) {
    try (InputStream in = file.openStream()) {
      Instrument instrument = parser.parse(name, in);
      catalog.add(name, instrument, provider);
      return Optional.of(instrument);
    } catch (DefinitionException e) {
      LOG.error("Instrument definition rejected: {}", e.getMessage());
    } catch (IOException e) {
      LOG.error("Instrument definition {} could not be read: {}", name, e.getMessage());
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
    try (InputStream in = InstrumentExtender.class.getResourceAsStream("/instrument.schema.json")) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.error("The instrument schema could not be read: {}", e.getMessage());
      return Optional.empty();
    }
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
