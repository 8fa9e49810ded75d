package se.pejl.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An instrument definition as it was first seen, kept so that the answers given under it stay
 * readable after the bundle that shipped it is gone, also across restarts.
 *
 * @param instrumentId the instrument's id
 * @param version the instrument's version; id and version identify the definition
 * @param text the definition file's JSON text, exactly as it was read
 * @param bundle the symbolic name of the bundle that shipped it first
 * @param firstSeen when it was first seen
 * @param sha256 the SHA-256 of {@code text} (UTF-8), as 64 lowercase hex digits
 */
public record StoredInstrumentDefinition(
    String instrumentId, int version, String text, String bundle, Instant firstSeen, String sha256) {

  public StoredInstrumentDefinition {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(sha256, "sha256");
  }
}
