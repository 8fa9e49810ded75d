package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import se.pejl.api.store.StoredInstrumentDefinition;

/**
 * An instrument definition version as first seen. Written once, never updated: answers may have
 * been given under it, so its text must keep meaning what it meant then.
 */
@Entity
@Table(name = "INSTRUMENT_DEFINITION", indexes =
    @Index(name = "INSTRUMENT_DEFINITION_KEY", columnList = "INSTRUMENT_ID,VERSION", unique = true))
public class InstrumentDefinitionEntity {
  /** Definitions are a few kB; a municipality's own may be larger than Derby's VARCHAR allows. */
  static final int MAX_LENGTH = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "INSTRUMENT_ID", length = 80, nullable = false)
  private String instrumentId;

  @Column(name = "VERSION", nullable = false)
  private int version;

  @Lob
  @Column(name = "DEFINITION", length = MAX_LENGTH, nullable = false)
  private String text;

  @Column(name = "BUNDLE", length = 255, nullable = false)
  private String bundle;

  @Column(name = "FIRST_SEEN", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant firstSeen;

  @Column(name = "SHA256", length = 64, nullable = false)
  private String sha256;

  protected InstrumentDefinitionEntity() {}

  InstrumentDefinitionEntity(StoredInstrumentDefinition d) {
    this.instrumentId = d.instrumentId();
    this.version = d.version();
    this.text = d.text();
    this.bundle = d.bundle();
    this.firstSeen = d.firstSeen();
    this.sha256 = d.sha256();
  }

  StoredInstrumentDefinition toDefinition() {
    return new StoredInstrumentDefinition(instrumentId, version, text, bundle, firstSeen, sha256);
  }
}
