package se.pejl.forms.internal;

import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;

/**
 * The instruments shipped in this bundle's {@code instruments/} folder. A broken file is logged
 * with its path and reason and left out; the others keep working.
 */
@Component(service = InstrumentRegistry.class)
public final class BundledInstruments implements InstrumentRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(BundledInstruments.class);

  private final Map<String, Instrument> newest = new ConcurrentHashMap<>();

  @Activate
  public BundledInstruments(BundleContext context, @Reference JsonProvider json) {
    InstrumentParser parser = new InstrumentParser(json);
    Enumeration<URL> files = context.getBundle().findEntries("instruments", "*.json", false);
    while (files != null && files.hasMoreElements()) {
      load(parser, files.nextElement());
    }
    LOG.info("Instruments available: {}", newest.keySet());
  }

  /** For tests outside a framework. */
  BundledInstruments(JsonProvider json, List<URL> files) {
    InstrumentParser parser = new InstrumentParser(json);
    files.forEach(f -> load(parser, f));
  }

  private void load(InstrumentParser parser, URL file) {
    try (InputStream in = file.openStream()) {
      add(parser.parse(file.getPath(), in));
    } catch (DefinitionException e) {
      LOG.error("Instrument definition rejected: {}", e.getMessage());
    } catch (IOException e) {
      LOG.error("Instrument definition {} could not be read: {}", file.getPath(), e.getMessage());
    }
  }

  private void add(Instrument instrument) {
    newest.merge(instrument.id(), instrument, (a, b) -> a.version() >= b.version() ? a : b);
  }

  @Override
  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(id).map(newest::get);
  }

  @Override
  public List<Instrument> all() {
    List<Instrument> all = new ArrayList<>(newest.values());
    all.sort(Comparator.comparing(Instrument::id));
    return all;
  }
}
