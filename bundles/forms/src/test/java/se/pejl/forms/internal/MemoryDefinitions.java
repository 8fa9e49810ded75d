package se.pejl.forms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.pejl.api.store.InstrumentDefinitionRepository;
import se.pejl.api.store.StoredInstrumentDefinition;

/** The store's definition repository in memory; one instance lives across "restarts". */
final class MemoryDefinitions implements InstrumentDefinitionRepository {
  private final List<StoredInstrumentDefinition> stored = new ArrayList<>();

  @Override
  public synchronized StoredInstrumentDefinition saveIfAbsent(StoredInstrumentDefinition d) {
    return stored.stream()
        .filter(s -> s.instrumentId().equals(d.instrumentId()) && s.version() == d.version())
        .findFirst().orElseGet(() -> {
          stored.add(d);
          return d;
        });
  }

  @Override
  public synchronized List<StoredInstrumentDefinition> all() {
    return stored.stream().sorted(Comparator.comparing(StoredInstrumentDefinition::instrumentId)
        .thenComparingInt(StoredInstrumentDefinition::version)).toList();
  }

  /** Puts a row as a store would hold it, e.g. written by a later Pejl. */
  synchronized void put(StoredInstrumentDefinition d) {
    stored.add(d);
  }
}
