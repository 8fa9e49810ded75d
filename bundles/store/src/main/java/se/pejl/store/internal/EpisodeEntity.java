package se.pejl.store.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;

/** An episode row; every row carries its municipality. */
@Entity
@Table(name = "EPISODE", indexes = @Index(name = "EPISODE_MUNICIPALITY", columnList = "MUNICIPALITY,ID"))
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

  @Column(name = "START_DATE", nullable = false)
  private LocalDate start;

  @Column(name = "END_DATE")
  private LocalDate end;

  @Column(name = "PURPOSE", length = 4000)
  private String purpose;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "EPISODE_GOAL", joinColumns = @JoinColumn(name = "EPISODE_ID"))
  @OrderColumn(name = "POSITION")
  @Column(name = "GOAL", length = 2000)
  private List<String> goals = new ArrayList<>();

  protected EpisodeEntity() {}

  EpisodeEntity(MunicipalityCode municipality, ClientRef client, String type, String unit,
      String caseworker, LocalDate start, String purpose, List<String> goals) {
    this.municipality = municipality.value();
    this.clientRef = client.value();
    this.type = type;
    this.unit = unit;
    this.caseworker = caseworker;
    this.start = start;
    this.purpose = purpose;
    this.goals = new ArrayList<>(goals);
  }

  Episode toEpisode() {
    return new Episode(id, new ClientRef(clientRef), new MunicipalityCode(municipality), type, unit,
        caseworker, start, end, purpose, goals);
  }
}
