package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** An occasion a caseworker marked as not applicable, with the reason. */
@Entity
@Table(name = "OCCASION_MARK",
    uniqueConstraints = @UniqueConstraint(name = "OCCASION_MARK_ONE", columnNames = {"EPISODE_ID", "OCCASION"}))
public class OccasionMarkEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "EPISODE_ID", nullable = false)
  private long episodeId;

  @Column(name = "OCCASION", length = 40, nullable = false)
  private String occasion;

  @Column(name = "REASON", length = 1000, nullable = false)
  private String reason;

  @Column(name = "MARKED_BY", length = 120, nullable = false)
  private String markedBy;

  @Column(name = "MARKED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant markedAt;

  protected OccasionMarkEntity() {}

  OccasionMarkEntity(String municipality, long episodeId, String occasion) {
    this.municipality = municipality;
    this.episodeId = episodeId;
    this.occasion = occasion;
  }

  void mark(String reason, String markedBy, Instant markedAt) {
    this.reason = reason;
    this.markedBy = markedBy;
    this.markedAt = markedAt;
  }

  long episodeId() {
    return episodeId;
  }

  String occasion() {
    return occasion;
  }

  String reason() {
    return reason;
  }
}
