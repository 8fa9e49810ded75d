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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * An audit row, as the schema has it (see {@link AuditRows}). The unique (municipality, sequence) pair keeps the chain single even when two
 * nodes append at once: the second insert fails instead of forking the chain.
 */
@Entity
@Table(name = "AUDIT_ENTRY",
    uniqueConstraints = @UniqueConstraint(name = "AUDIT_ENTRY_SEQUENCE", columnNames = {"MUNICIPALITY", "SEQ"}),
    indexes = {@Index(name = "AUDIT_ENTRY_CLIENT", columnList = "MUNICIPALITY,CLIENT_REF"),
        @Index(name = "AUDIT_ENTRY_USER", columnList = "MUNICIPALITY,USER_ID"),
        @Index(name = "AUDIT_ENTRY_END", columnList = "MUNICIPALITY,SEQ DESC")})
public class AuditEntryEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "SEQ", nullable = false)
  private long sequence;

  /** Local wall-clock time, for searching by day; ambiguous in the hour the clocks go back. */
  @Column(name = "READ_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant at;

  /** The exact instant the hash covers, in nanoseconds since 1970 UTC; null in rows before schema 6. */
  @Column(name = "READ_AT_NANOS")
  private Long atNanos;

  @Column(name = "USER_ID", length = 120, nullable = false)
  private String user;

  /** Null for the read of a list of clients, which {@link #clients} names. */
  @Column(name = "CLIENT_REF", length = 64)
  private String client;

  @Column(name = "WHAT", length = 200, nullable = false)
  private String what;

  @Column(name = "ENDPOINT", length = 400, nullable = false)
  private String endpoint;

  @Column(name = "PREV_HASH", length = 64, nullable = false)
  private String previousHash;

  @Column(name = "HASH", length = 64, nullable = false)
  private String hash;

  /**
   * A list read's clients in the order read, as a JSON array (see {@link ListClients}); null for
   * the read of one client, and for lists written before schema 8 ({@link AuditListClientEntity}).
   */
  @Lob
  @Column(name = "CLIENTS", columnDefinition = "CLOB")
  private String clients;

  // Never made: rows are written and read over JDBC (JdbcAuditRepository, AuditRows).
  protected AuditEntryEntity() {}
}
