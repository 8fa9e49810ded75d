package se.pejl.forms.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.forms.Instrument;
import se.pejl.api.store.InstrumentDefinitionRepository;
import se.pejl.api.store.StoredInstrumentDefinition;
import se.pejl.definitions.DefinitionException;

/**
 * Every definition version ever seen, kept in the store: answers given under a version must stay
 * readable after the bundle that shipped it is gone, also after a restart, and a version must
 * never come to mean something else once answers may exist under it.
 */
final class DefinitionHistory {
  private static final Logger LOG = LoggerFactory.getLogger(DefinitionHistory.class);

  /** A stored definition that still parses, with the hash of its text. */
  record Remembered(Instrument instrument, String sha256) {}

  private final InstrumentDefinitionRepository repository;
  private final InstrumentParser parser;
  private final Clock clock;

  DefinitionHistory(InstrumentDefinitionRepository repository, InstrumentParser parser, Clock clock) {
    this.repository = repository;
    this.parser = parser;
    this.clock = clock;
  }

  /**
   * The stored definitions that can still be read. One that no longer parses (a format this Pejl
   * does not know, e.g. after a downgrade) is logged and left out, so that it does not take the
   * other instruments with it; its answers keep their stored values and scores.
   */
  List<Remembered> restore() {
    List<Remembered> remembered = new ArrayList<>();
    for (StoredInstrumentDefinition d : repository.all()) {
      String name = "stored " + d.instrumentId() + "@" + d.version() + " (first shipped by " + d.bundle() + ")";
      if (!d.sha256().equals(sha256(d.text()))) {
        LOG.warn("Instrument definition {} left out: its text no longer has the SHA-256 stored with it", name);
        continue;
      }
      try {
        Instrument instrument = parser.parse(name, d.text());
        if (!instrument.id().equals(d.instrumentId()) || instrument.version() != d.version()) {
          throw new DefinitionException(name, "$.id", "the text is of " + instrument.id() + "@" + instrument.version());
        }
        remembered.add(new Remembered(instrument, d.sha256()));
      } catch (DefinitionException e) {
        LOG.warn("Stored instrument definition left out, answers under it show without its texts: {}", e.getMessage());
      }
    }
    return remembered;
  }

  /**
   * Stores the text the first time its id and version are seen.
   *
   * @return the SHA-256 of the text
   * @throws DefinitionException when the id and version are stored with another text; the stored
   *     one is kept
   */
  String remember(String file, Instrument instrument, String text, String bundle) {
    String sha = sha256(text);
    StoredInstrumentDefinition stored = repository.saveIfAbsent(new StoredInstrumentDefinition(
        instrument.id(), instrument.version(), text, bundle, clock.instant(), sha));
    if (!stored.sha256().equals(sha)) {
      throw new DefinitionException(file, "$.version", "version " + instrument.version() + " of \""
          + instrument.id() + "\" was first seen " + stored.firstSeen() + " from " + stored.bundle()
          + " with other text (SHA-256 " + stored.sha256().substring(0, 12) + "…, this file "
          + sha.substring(0, 12) + "…); a definition version cannot change once answers may exist under it,"
          + " so the stored text is kept: ship the change as a new version");
    }
    return sha;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256 (MessageDigest's Javadoc)
      throw new IllegalStateException(e);
    }
  }
}
