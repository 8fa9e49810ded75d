package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.pejl.api.followup.Draft;

/** A partly filled form; its answers as JSON, as they will be submitted. */
@Entity
@Table(name = "DRAFT", indexes = @Index(name = "DRAFT_EPISODE", columnList = "MUNICIPALITY,EPISODE_ID"))
public class DraftEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "EPISODE_ID", nullable = false)
  private long episodeId;

  @Column(name = "INSTRUMENT_ID", length = 80, nullable = false)
  private String instrumentId;

  @Column(name = "OCCASION", length = 40, nullable = false)
  private String occasion;

  @Column(name = "ANSWERED_ON")
  private LocalDate answeredOn;

  @Column(name = "ANSWERS", length = AnswersJson.MAX_LENGTH, nullable = false)
  private String answers;

  @Column(name = "CREATED_BY", length = 120, nullable = false)
  private String createdBy;

  @Column(name = "CREATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "UPDATED_BY", length = 120, nullable = false)
  private String updatedBy;

  @Column(name = "UPDATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant updatedAt;

  protected DraftEntity() {}

  DraftEntity(String municipality, long episodeId, String instrumentId, String occasion, String by, Instant at) {
    this.municipality = municipality;
    this.episodeId = episodeId;
    this.instrumentId = instrumentId;
    this.occasion = occasion;
    this.createdBy = by;
    this.createdAt = at;
  }

  void save(LocalDate newAnsweredOn, String answersJson, String by, Instant at) {
    this.answeredOn = newAnsweredOn;
    this.answers = answersJson;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  Draft toDraft(AnswersJson json) {
    return new Draft(id, episodeId, instrumentId, occasion, answeredOn, json.read(answers), createdBy,
        createdAt, updatedBy, updatedAt);
  }
}
