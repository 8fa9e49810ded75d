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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;

/** An episode row; every row carries its municipality. */
@Entity
@Table(name = "EPISODE", indexes = {
    @Index(name = "EPISODE_MUNICIPALITY", columnList = "MUNICIPALITY,ID"),
    @Index(name = "EPISODE_CLIENT", columnList = "MUNICIPALITY,CLIENT_REF"),
    @Index(name = "EPISODE_CASEWORKER", columnList = "MUNICIPALITY,CASEWORKER"),
    @Index(name = "EPISODE_OUTLINE",
        columnList = "MUNICIPALITY,UNIT,CASEWORKER,START_DATE,ID,CLIENT_REF,EPISODE_TYPE,PLANNED_END,END_DATE"),
    @Index(name = "EPISODE_UPDATED", columnList = "UPDATED_AT")})
public class EpisodeEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MUNICIPALITY", length = 4, nullable = false)
  private String municipality;

  @Column(name = "CLIENT_REF", length = 64, nullable = false)
  private String clientRef;

  @Column(name = "EPISODE_TYPE", length = 40, nullable = false)
  private String type;

  @Column(name = "UNIT", length = 120, nullable = false)
  private String unit;

  @Column(name = "CASEWORKER", length = 120, nullable = false)
  private String caseworker;

  @Column(name = "GROUP_ID", length = 80)
  private String groupId;

  @Column(name = "START_DATE", nullable = false)
  private LocalDate start;

  @Column(name = "PLANNED_END")
  private LocalDate plannedEnd;

  @Column(name = "END_DATE")
  private LocalDate end;

  @Column(name = "PURPOSE", length = 4000)
  private String purpose;

  @Column(name = "CONTENT", length = 4000)
  private String content;

  @Column(name = "RESULT", length = 4000)
  private String result;

  @Column(name = "END_REASON", length = 4000)
  private String endReason;

  @Column(name = "REVISION", nullable = false)
  private int revision;

  /**
   * When the row, its goals or its occasion marks last changed, for readers that take only what
   * changed (StatisticsSource); a mark is another entity, so marking bumps it by hand.
   */
  @Column(name = "UPDATED_AT", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "EPISODE_GOAL", joinColumns = @JoinColumn(name = "EPISODE_ID"))
  @OrderColumn(name = "POSITION")
  private List<GoalEmbeddable> goals = new ArrayList<>();

  protected EpisodeEntity() {}

  EpisodeEntity(MunicipalityCode municipality, String caseworker, NewEpisode e) {
    this.municipality = municipality.value();
    this.clientRef = e.client().value();
    this.type = e.type();
    this.unit = e.unit();
    this.caseworker = caseworker;
    this.groupId = e.groupId();
    this.start = e.start();
    this.plannedEnd = e.plannedEnd();
    this.purpose = e.purpose();
    this.content = e.content();
    e.goals().forEach(g -> goals.add(new GoalEmbeddable(Goal.of(g))));
  }

  // The system clock, not a repository's (tests fix those): readers compare with real time.
  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now();
  }

  int revision() {
    return revision;
  }

  /** Takes over the documentation of the changed episode and counts one more revision. */
  void apply(Episode changed) {
    this.unit = changed.unit();
    this.caseworker = changed.caseworker();
    this.plannedEnd = changed.plannedEnd();
    this.end = changed.end();
    this.purpose = changed.purpose();
    this.content = changed.content();
    this.result = changed.result();
    this.endReason = changed.endReason();
    this.goals = new ArrayList<>(changed.goals().stream().map(GoalEmbeddable::new).toList());
    this.revision++;
  }

  Episode toEpisode() {
    return new Episode(id, new ClientRef(clientRef), new MunicipalityCode(municipality), type, unit,
        caseworker, groupId, start, plannedEnd, end, purpose,
        goals.stream().map(GoalEmbeddable::toGoal).toList(), content, result, endReason, revision);
  }
}
