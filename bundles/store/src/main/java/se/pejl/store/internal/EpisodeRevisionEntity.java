package se.pejl.store.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.followup.EpisodeRevision;

/** One change to an episode: who, when, and each field before and after. Never changed. */
@Entity
@Table(name = "EPISODE_REVISION",
    indexes = @Index(name = "EPISODE_REVISION_EPISODE", columnList = "MUNICIPALITY,EPISODE_ID,REVISION"))
public class EpisodeRevisionEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "EPISODE_ID", nullable = false)
  private long episodeId;

  @Column(name = "REVISION", nullable = false)
  private int revision;

  @Column(name = "CHANGED_BY", length = 120, nullable = false)
  private String changedBy;

  @Column(name = "CHANGED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant changedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "EPISODE_REVISION_CHANGE", joinColumns = @JoinColumn(name = "REVISION_ID"))
  @OrderColumn(name = "POSITION")
  private List<Change> changes = new ArrayList<>();

  /** One field's value before and after. */
  @Embeddable
  public static class Change {
    @Column(name = "FIELD", length = 40)
    private String field;

    @Column(name = "BEFORE_VALUE", length = 8000)
    private String before;

    @Column(name = "AFTER_VALUE", length = 8000)
    private String after;

    protected Change() {}

    Change(EpisodeRevision.FieldChange c) {
      this.field = c.field();
      this.before = c.before();
      this.after = c.after();
    }
  }

  protected EpisodeRevisionEntity() {}

  EpisodeRevisionEntity(String municipality, long episodeId, int revision, String changedBy,
      Instant changedAt, List<EpisodeRevision.FieldChange> changes) {
    this.municipality = municipality;
    this.episodeId = episodeId;
    this.revision = revision;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    changes.forEach(c -> this.changes.add(new Change(c)));
  }

  EpisodeRevision toRevision() {
    return new EpisodeRevision(revision, changedBy, changedAt,
        changes.stream().map(c -> new EpisodeRevision.FieldChange(c.field, c.before, c.after)).toList());
  }
}
