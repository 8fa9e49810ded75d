package se.pejl.store.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.pejl.api.followup.ResponseRevision;

/**
 * An earlier revision of an answer, kept as it was when the next one replaced it; never changed.
 * In a table of its own so that statistics, which read RESPONSE, count each answer once.
 */
@Entity
@Table(name = "RESPONSE_REVISION",
    indexes = @Index(name = "RESPONSE_REVISION_RESPONSE", columnList = "MUNICIPALITY,RESPONSE_ID,REVISION"))
public class ResponseRevisionEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "RESPONSE_ID", nullable = false)
  private long responseId;

  @Column(name = "REVISION", nullable = false)
  private int revision;

  @Column(name = "CHANGED_BY", length = 120)
  private String changedBy;

  @Column(name = "CHANGED_AT")
  @Convert(converter = InstantConverter.class)
  private Instant changedAt;

  @Column(name = "REASON", length = 1000)
  private String reason;

  /** Null when the answer was given before release 0.3; its item values are then shown. */
  @Column(name = "ANSWERS", length = AnswersJson.MAX_LENGTH)
  private String answers;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "RESPONSE_REVISION_ITEM", joinColumns = @JoinColumn(name = "REVISION_ID"))
  @MapKeyColumn(name = "ITEM_ID", length = 80)
  @Column(name = "ITEM_VALUE")
  private Map<String, Double> itemValues = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "RESPONSE_REVISION_SCORE", joinColumns = @JoinColumn(name = "REVISION_ID"))
  @MapKeyColumn(name = "SCALE_ID", length = 80)
  @Column(name = "SCORE")
  private Map<String, Double> scores = new HashMap<>();

  protected ResponseRevisionEntity() {}

  /** The response's current state, about to be replaced. */
  ResponseRevisionEntity(ResponseEntity current) {
    this.municipality = current.municipality();
    this.responseId = current.id();
    this.revision = current.revision();
    this.changedBy = current.revision() == 1 ? current.recordedBy() : current.changedBy();
    this.changedAt = current.revision() == 1 ? current.receivedAt() : current.changedAt();
    this.reason = current.reason();
    this.answers = current.answersJson();
    this.itemValues = new HashMap<>(current.itemValues());
    this.scores = new HashMap<>(current.scores());
  }

  ResponseRevision toRevision(ResponseEntity response, AnswersJson json) {
    Map<String, Object> shown = answers == null ? new HashMap<>(itemValues) : json.read(answers);
    ResponseRevision now = response.toRevision(json);
    LocalDate answeredOn = response.answeredOn();
    return new ResponseRevision(responseId, now.episodeId(), now.instrumentId(), now.instrumentVersion(),
        now.occasion(), answeredOn, revision, shown, scores, changedBy, changedAt, reason);
  }
}
