package se.pejl.forms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Scale;
import se.pejl.definitions.DefinitionException;

/**
 * Every instrument version seen (restored from the store or loaded), and which bundles provide it
 * now. A version no bundle
 * provides can no longer be answered but stays readable, so the answers given under it can be
 * shown with their texts. Thread-safe: bundles come and go on the framework's threads.
 */
final class Catalog {
  private record Key(String id, int version) {}

  private static final class Entry {
    final Instrument instrument;
    /** Of the definition's text: the text, not the parsed content, is what is stored and kept. */
    final String sha256;
    final Set<Long> providers = ConcurrentHashMap.newKeySet();

    Entry(Instrument instrument, String sha256) {
      this.instrument = instrument;
      this.sha256 = sha256;
    }
  }

  private final Map<Key, Entry> versions = new ConcurrentHashMap<>();

  /**
   * Adds a version seen before this start (stored): readable, not answerable until a bundle
   * provides it again. A version already known stays as it is.
   */
  void restore(Instrument instrument, String sha256) {
    versions.putIfAbsent(new Key(instrument.id(), instrument.version()), new Entry(instrument, sha256));
  }

  /**
   * Adds a version provided by a bundle.
   *
   * @param sha256 of the definition's text
   * @throws DefinitionException when the same id and version is known with another text:
   *     answers under one version must never mean two things
   */
  void add(String file, Instrument instrument, String sha256, long provider) {
    versions.compute(new Key(instrument.id(), instrument.version()), (key, entry) -> {
      if (entry != null && !entry.sha256.equals(sha256)) {
        throw new DefinitionException(file, "$.version", "version " + key.version() + " of \"" + key.id()
            + "\" is already known with other text; a changed instrument needs a new version");
      }
      Entry e = entry == null ? new Entry(instrument, sha256) : entry;
      e.providers.add(provider);
      return e;
    });
  }

  /** The bundle went away: its versions can no longer be answered, but stay readable. */
  void withdraw(long provider) {
    versions.replaceAll((key, entry) -> {
      entry.providers.remove(provider);
      return entry;
    });
  }

  Optional<Instrument> newestAvailable(String id) {
    return versions.values().stream()
        .filter(e -> e.instrument.id().equals(id) && available(e))
        .map(e -> e.instrument)
        .max(Comparator.comparingInt(Instrument::version));
  }

  List<Instrument> allAvailable() {
    List<Instrument> all = new ArrayList<>();
    versions.values().stream().map(e -> e.instrument.id()).distinct()
        .forEach(id -> newestAvailable(id).ifPresent(all::add));
    all.sort(Comparator.comparing(Instrument::id));
    return all;
  }

  Optional<Instrument> find(String id, int version) {
    return Optional.ofNullable(versions.get(new Key(id, version))).map(e -> e.instrument);
  }

  /** Every version of an instrument ever loaded, oldest first. */
  List<Instrument> versions(String id) {
    return versions.values().stream().map(e -> e.instrument).filter(i -> i.id().equals(id))
        .sorted(Comparator.comparingInt(Instrument::version)).toList();
  }

  boolean available(String id, int version) {
    Entry e = versions.get(new Key(id, version));
    return e != null && available(e);
  }

  /**
   * Follows the newer version's {@code sameAs} back through the versions between; a version in
   * the chain that was never loaded breaks it, since nothing says its scale was unchanged.
   */
  boolean comparable(String id, String scaleId, int version, int otherVersion) {
    int older = Math.min(version, otherVersion);
    int at = Math.max(version, otherVersion);
    while (at > older) {
      Optional<Scale> scale = find(id, at).flatMap(i -> i.scale(scaleId));
      if (scale.isEmpty() || scale.get().sameAs() == null || scale.get().sameAs() < older) {
        return false;
      }
      at = scale.get().sameAs();
    }
    return find(id, older).flatMap(i -> i.scale(scaleId)).isPresent();
  }

  private static boolean available(Entry e) {
    return !e.providers.isEmpty();
  }
}
