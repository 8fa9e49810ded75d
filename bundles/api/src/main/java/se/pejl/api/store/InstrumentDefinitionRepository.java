package se.pejl.api.store;

import java.util.List;

/**
 * Every instrument definition version ever seen. A version is stored once and never changed:
 * answers may have been given under it.
 */
public interface InstrumentDefinitionRepository {

  /**
   * Stores the definition unless one with its id and version is stored already.
   *
   * @return the definition stored now under its id and version: this one, or the one stored
   *     before, whose text may differ (the caller decides what that means)
   */
  StoredInstrumentDefinition saveIfAbsent(StoredInstrumentDefinition definition);

  /** Every stored definition, by id and version. */
  List<StoredInstrumentDefinition> all();
}
