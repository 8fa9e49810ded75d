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
import se.pejl.api.followup.Response;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;

/**
 * An answer row with its item values, scale scores and the demographic snapshot for statistics:
 * gender, age at the occasion, municipality and unit — never name or personnummer.
 */
@Entity
@Table(name = "RESPONSE", indexes = {
    @Index(name = "RESPONSE_EPISODE", columnList = "MUNICIPALITY,EPISODE_ID"),
    @Index(name = "RESPONSE_INSTRUMENT", columnList = "INSTRUMENT_ID")})
public class ResponseEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "EPISODE_ID", nullable = false)
  private long episodeId;

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

  void complete(Demographics d) {
    this.gender = d.gender().name();
    this.age = d.age();
    this.unit = d.unit();
  }

  Response toResponse() {
    return new Response(id, episodeId, instrumentId, instrumentVersion, occasion, answeredOn, scores);
  }
}
