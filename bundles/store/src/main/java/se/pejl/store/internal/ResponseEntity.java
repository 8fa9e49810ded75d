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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.pejl.api.followup.Response;
import se.pejl.api.followup.ResponseRevision;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.store.NewResponse;

/**
 * An answer row with its item values, scale scores and the demographic snapshot for statistics:
 * gender, age at the occasion, municipality and unit — never name or personnummer.
 */
@Entity
@Table(name = "RESPONSE", indexes = {
    @Index(name = "RESPONSE_EPISODE", columnList = "MUNICIPALITY,EPISODE_ID"),
    @Index(name = "RESPONSE_INSTRUMENT", columnList = "INSTRUMENT_ID"),
    @Index(name = "RESPONSE_UPDATED", columnList = "UPDATED_AT"),
    @Index(name = "RESPONSE_OCCASIONS", columnList = "EPISODE_ID,MUNICIPALITY,OCCASION,INSTRUMENT_ID")})
public class ResponseEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  /** Null for an anonymous group answer, which has no client. */
  @Column(name = "EPISODE_ID")
  private Long episodeId;

  /** The support group of an anonymous answer; null otherwise. */
  @Column(name = "GROUP_ID", length = 80)
  private String groupId;

  /**
   * An anonymous answer never gets gender and age: it must not wait for a snapshot, and
   * statistics by gender or per episode leave it out.
   */
  @Column(name = "ANONYMOUS", nullable = false)
  private boolean anonymous;

  @Column(name = "INSTRUMENT_ID", length = 80, nullable = false)
  private String instrumentId;

  @Column(name = "INSTRUMENT_VERSION", nullable = false)
  private int instrumentVersion;

  @Column(name = "OCCASION", length = 40, nullable = false)
  private String occasion;

  @Column(name = "ANSWERED_ON", nullable = false)
  private LocalDate answeredOn;

  /** Null, with AGE, while the host could not be asked: the snapshot is completed later. */
  @Column(name = "GENDER", length = 8)
  private String gender;

  @Column(name = "AGE")
  private Integer age;

  @Column(name = "UNIT", length = 120, nullable = false)
  private String unit;

  @Column(name = "RECEIVED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant receivedAt;

  /** Who submitted it: a user id or {@code survey-link <id>}; null for answers before release 0.3. */
  @Column(name = "RECORDED_BY", length = 120)
  private String recordedBy;

  /** The revision this row holds: 1 as submitted; earlier ones are in RESPONSE_REVISION. */
  @Column(name = "REVISION", nullable = false)
  private int revision = 1;

  /** Who made the current revision, when and why; null for revision 1. */
  @Column(name = "CHANGED_BY", length = 120)
  private String changedBy;

  @Column(name = "CHANGED_AT")
  @Convert(converter = InstantConverter.class)
  private Instant changedAt;

  @Column(name = "REASON", length = 1000)
  private String reason;

  /** Every answer as JSON (texts and dates too); null for answers before release 0.3. */
  @Column(name = "ANSWERS", length = AnswersJson.MAX_LENGTH)
  private String answers;

  /**
   * When the row, its item values or its scores last changed, for readers that take only what
   * changed (StatisticsSource).
   */
  @Column(name = "UPDATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "RESPONSE_ITEM", joinColumns = @JoinColumn(name = "RESPONSE_ID"))
  @MapKeyColumn(name = "ITEM_ID", length = 80)
  @Column(name = "ITEM_VALUE")
  private Map<String, Double> itemValues = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "RESPONSE_SCORE", joinColumns = @JoinColumn(name = "RESPONSE_ID"))
  @MapKeyColumn(name = "SCALE_ID", length = 80)
  @Column(name = "SCORE")
  private Map<String, Double> scores = new HashMap<>();

  protected ResponseEntity() {}

  ResponseEntity(String municipality, NewResponse r, Instant receivedAt) {
    this.municipality = municipality;
    this.episodeId = r.episodeId();
    this.instrumentId = r.instrumentId();
    this.instrumentVersion = r.instrumentVersion();
    this.occasion = r.occasion();
    this.answeredOn = r.answeredOn();
    this.unit = r.demographics() == null ? "" : r.demographics().unit();
    if (r.demographics() != null) {
      complete(r.demographics());
    }
    this.receivedAt = receivedAt;
    this.itemValues = new HashMap<>(r.itemValues());
    this.scores = new HashMap<>(r.scores());
  }

  /** A new answer with its full content and who gave it. */
  ResponseEntity(String municipality, NewAnswer a, String answersJson, Instant receivedAt) {
    this.municipality = municipality;
    this.episodeId = a.episodeId();
    this.groupId = a.groupId();
    this.anonymous = a.isAnonymous();
    this.instrumentId = a.instrumentId();
    this.instrumentVersion = a.instrumentVersion();
    this.occasion = a.occasion();
    this.answeredOn = a.answeredOn();
    this.unit = a.unit() == null ? "" : a.unit();
    if (a.demographics() != null && !anonymous) {
      complete(a.demographics());
    }
    this.receivedAt = receivedAt;
    this.recordedBy = a.recordedBy();
    this.answers = answersJson;
    this.itemValues = new HashMap<>(a.itemValues());
    this.scores = new HashMap<>(a.scores());
  }

  /** Keeps the current state as a revision row and takes the next one. */
  ResponseRevisionEntity revise(String answersJson, Map<String, Double> newItemValues,
      Map<String, Double> newScores, String by, Instant at, String why) {
    ResponseRevisionEntity earlier = new ResponseRevisionEntity(this);
    this.revision++;
    this.answers = answersJson;
    this.itemValues = new HashMap<>(newItemValues);
    this.scores = new HashMap<>(newScores);
    this.changedBy = by;
    this.changedAt = at;
    this.reason = why;
    return earlier;
  }

  // The system clock, not a repository's (tests fix those): readers compare with real time.
  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now();
  }

  void complete(Demographics d) {
    this.gender = d.gender().name();
    this.age = d.age();
    this.unit = d.unit();
  }

  Response toResponse() {
    return new Response(id, episodeId == null ? 0 : episodeId, instrumentId, instrumentVersion, occasion,
        answeredOn, scores);
  }

  /** The current revision; answers stored before release 0.3 show their item values. */
  ResponseRevision toRevision(AnswersJson json) {
    Map<String, Object> shown = answers == null ? new HashMap<>(itemValues) : json.read(answers);
    return new ResponseRevision(id, episodeId == null ? 0 : episodeId, instrumentId, instrumentVersion,
        occasion, answeredOn, revision, shown, scores, revision == 1 ? recordedBy : changedBy,
        revision == 1 ? receivedAt : changedAt, reason);
  }

  long id() {
    return id;
  }

  String municipality() {
    return municipality;
  }

  boolean anonymous() {
    return anonymous;
  }

  int revision() {
    return revision;
  }

  String recordedBy() {
    return recordedBy;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String answersJson() {
    return answers;
  }

  Map<String, Double> itemValues() {
    return itemValues;
  }

  Map<String, Double> scores() {
    return scores;
  }

  String changedBy() {
    return changedBy;
  }

  Instant changedAt() {
    return changedAt;
  }

  String reason() {
    return reason;
  }

  int instrumentVersion() {
    return instrumentVersion;
  }

  LocalDate answeredOn() {
    return answeredOn;
  }
}
