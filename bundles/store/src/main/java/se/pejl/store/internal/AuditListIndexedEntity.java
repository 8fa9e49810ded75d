package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How far a municipality's lists are in the index by client: every list entry up to this sequence
 * has its {@link AuditListClientEntity} rows, none after it (see {@link ListIndex}).
 */
@Entity
@Table(name = "AUDIT_LIST_INDEXED")
public class AuditListIndexedEntity {
  @Id
  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "SEQ", nullable = false)
  private long sequence;

  // Never made: written and read over JDBC (ListIndex).
  protected AuditListIndexedEntity() {}
}
