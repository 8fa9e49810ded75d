package se.pejl.api.forms;

import java.util.List;
import java.util.Optional;

/**
 * The instruments Pejl knows. An instrument can be answered while a bundle provides it; every
 * version ever provided stays readable, so answers given under it can still be shown.
 */
public interface InstrumentRegistry {

  /** The newest version of the instrument that can be answered now, or empty. */
  Optional<Instrument> find(String id);

  /** The newest version of each instrument that can be answered now, by id. */
  List<Instrument> all();

  /** One version, also one that can no longer be answered, or empty when it was never seen. */
  default Optional<Instrument> find(String id, int version) {
    return find(id).filter(i -> i.version() == version);
  }

  /**
   * Whether scores of a scale under two versions of an instrument may be compared: the same
   * version, or the newer version's scale declares itself the same as the older one's (directly or
   * through the versions between).
   */
  default boolean comparable(String id, String scaleId, int version, int otherVersion) {
    return version == otherVersion;
  }

  /**
   * The JSON Schema of the definition files ({@code schemaVersion} 2), for municipalities that
   * write their own; empty when this registry reads no files.
   */
  default Optional<String> definitionSchema() {
    return Optional.empty();
  }
}
