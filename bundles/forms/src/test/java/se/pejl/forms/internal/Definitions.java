package se.pejl.forms.internal;

import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import se.pejl.api.forms.Instrument;

/** Definitions for tests: the shipped ones, and small ones written in a test. */
final class Definitions {
  static final JsonProvider JSON = JsonProvider.provider();

  private Definitions() {}

  static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  /** The instruments this bundle ships, loaded as the extender loads them, on an empty store. */
  static InstrumentExtender shipped() {
    return extender(new MemoryDefinitions(), shippedFiles());
  }

  /** An extender started on this store with these files, as if one bundle provided them. */
  static InstrumentExtender extender(MemoryDefinitions stored, List<URL> files) {
    return new InstrumentExtender(JSON, stored, Clock.fixed(MONDAY, ZoneOffset.UTC), files);
  }

  static Instrument shipped(String id) {
    return shipped().find(id).orElseThrow(() -> new AssertionError("not shipped or rejected: " + id));
  }

  static List<URL> shippedFiles() {
    return files(folder("/instruments/child-wellbeing-1.json"));
  }

  static Path folder(String resourceInIt) {
    try {
      return Path.of(Definitions.class.getResource(resourceInIt).toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<URL> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
        try {
          return f.toUri().toURL();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a definition written in a test; {@code '} stands for {@code "} to keep them short. */
  static Instrument parse(String json) {
    return new InstrumentParser(JSON).parse("test.json", stream(json.replace('\'', '"')));
  }

  static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A small valid definition of schemaVersion 2 with these items and scales (JSON arrays). */
  static String definition(String items, String scales) {
    return """
        {'schemaVersion': 2, 'id': 'test', 'version': 1,
         'title': {'sv': 'Test', 'en': 'Test'}, 'respondents': ['child', 'parent'],
         'choiceSets': {'likert': [
           {'value': 0, 'label': {'sv': 'Aldrig', 'en': 'Never'}},
           {'value': 1, 'label': {'sv': 'Ibland', 'en': 'Sometimes'}},
           {'value': 2, 'label': {'sv': 'Ofta', 'en': 'Often'}},
           {'value': 3, 'label': {'sv': 'Alltid', 'en': 'Always'}}]},
         'items': %s, 'scales': %s}""".formatted(items, scales);
  }
}
