package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.survey.SurveyLink;

/**
 * A survey link. Only the SHA-256 of its token is kept, so a copy of the database gives no link
 * that works.
 */
@Entity
@Table(name = "SURVEY_LINK", indexes = {
    @Index(name = "SURVEY_LINK_TOKEN", columnList = "TOKEN_HASH", unique = true),
    @Index(name = "SURVEY_LINK_EPISODE", columnList = "MUNICIPALITY,EPISODE_ID"),
    @Index(name = "SURVEY_LINK_GROUP", columnList = "MUNICIPALITY,GROUP_ID"),
    @Index(name = "SURVEY_LINK_UPDATED", columnList = "UPDATED_AT")})
public class SurveyLinkEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "TOKEN_HASH", length = 64, nullable = false)
  private String tokenHash;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  /** Null for a group link. */
  @Column(name = "EPISODE_ID")
  private Long episodeId;

  /** Null for a personal link. */
  @Column(name = "GROUP_ID", length = 80)
  private String groupId;

  @Column(name = "UNIT", length = 120, nullable = false)
  private String unit;

  @Column(name = "OCCASION", length = 40, nullable = false)
  private String occasion;

  @Column(name = "INSTRUMENT_ID", length = 80, nullable = false)
  private String instrumentId;

  @Column(name = "LANGUAGE", length = 8, nullable = false)
  private String language;

  @Column(name = "CREATED_BY", length = 120, nullable = false)
  private String createdBy;

  @Column(name = "CREATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "EXPIRES_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant expiresAt;

  @Column(name = "USED_AT")
  @Convert(converter = InstantConverter.class)
  private Instant usedAt;

  @Column(name = "WITHDRAWN_AT")
  @Convert(converter = InstantConverter.class)
  private Instant withdrawnAt;

  @Column(name = "ANSWER_COUNT", nullable = false)
  private int answerCount;

  /** When the row last changed, for readers that take only what changed (StatisticsSource). */
  @Column(name = "UPDATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant updatedAt;

  protected SurveyLinkEntity() {}

  SurveyLinkEntity(String tokenHash, SurveyLink l) {
    this.tokenHash = tokenHash;
    this.municipality = l.municipality().value();
    this.episodeId = l.episodeId();
    this.groupId = l.groupId();
    this.unit = l.unit() == null ? "" : l.unit();
    this.occasion = l.occasion();
    this.instrumentId = l.instrumentId();
    this.language = l.language();
    this.createdBy = l.createdBy();
    this.createdAt = l.createdAt();
    this.expiresAt = l.expiresAt();
  }

  // The system clock, not a repository's (tests fix those): readers compare with real time.
  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now();
  }

  String tokenHash() {
    return tokenHash;
  }

  void withdraw(Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = at;
    }
  }

  void use(Instant at) {
    usedAt = at;
    answerCount++;
  }

  SurveyLink toLink() {
    return new SurveyLink(id, new MunicipalityCode(municipality), episodeId, groupId, unit, occasion,
        instrumentId, language, createdBy, createdAt, expiresAt, usedAt, withdrawnAt, answerCount);
  }
}
