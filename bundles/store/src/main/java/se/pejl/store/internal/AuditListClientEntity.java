package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A client named by the read of a list ({@link AuditEntryEntity} without a client), at its place in
 * the list: the index that finds the lists that named a client, written after the entry since
 * schema 8 ({@link ListIndex}), and the only record of the clients of a list written by schema 7.
 */
@Entity
@IdClass(AuditListClientEntity.Key.class)
@Table(name = "AUDIT_LIST_CLIENT",
    indexes = @Index(name = "AUDIT_LIST_CLIENT_CLIENT", columnList = "MUNICIPALITY,CLIENT_REF"))
public class AuditListClientEntity {
  @Id
  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Id
  @Column(name = "SEQ", nullable = false)
  private long sequence;

  @Id
  @Column(name = "POSITION", nullable = false)
  private int position;

  @Column(name = "CLIENT_REF", length = 64, nullable = false)
  private String client;

  // Never made: rows are written and read over JDBC (JdbcAuditRepository, AuditRows).
  protected AuditListClientEntity() {}

  /** The key: which list, and where in it. */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String municipality;
    private long sequence;
    private int position;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.municipality.equals(municipality) && k.sequence == sequence
          && k.position == position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(municipality, sequence, position);
    }
  }
}
