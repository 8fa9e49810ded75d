package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.ClientRef;
import se.pejl.api.ConflictException;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeRevision.FieldChange;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditAndRevisionsTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");

  @TempDir Path data;
  Database db;
  JpaEpisodeRepository episodes;
  JpaResponseRepository responses;
  JpaAuditRepository audit;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    episodes = new JpaEpisodeRepository(db);
    responses = new JpaResponseRepository(db);
    audit = new JpaAuditRepository(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void a_change_is_kept_as_a_revision_and_a_stale_change_is_refused() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    Episode changed = withResult(e, "Mår bättre");
    Episode saved = episodes.save(TJORN, changed, "caseworker.tjorn",
        List.of(new FieldChange("result", null, "Mår bättre")));

    assertThat(saved.revision()).isEqualTo(1);
    assertThat(saved.result()).isEqualTo("Mår bättre");
    assertThat(episodes.revisions(TJORN, e.id())).singleElement().satisfies(r -> {
      assertThat(r.changedBy()).isEqualTo("caseworker.tjorn");
      assertThat(r.changes()).containsExactly(new FieldChange("result", null, "Mår bättre"));
    });
    assertThat(episodes.revisions(SKOVDE, e.id())).isEmpty();
    assertThatThrownBy(() -> episodes.save(TJORN, withResult(e, "Annat"), "manager.tjorn", List.of()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void occasions_marked_not_applicable_keep_their_latest_reason() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    episodes.markNotApplicable(TJORN, e.id(), "followup-6m", "Flyttat", "caseworker.tjorn");
    episodes.markNotApplicable(TJORN, e.id(), "followup-6m", "Flyttat till annan kommun", "caseworker.tjorn");

    assertThat(episodes.notApplicable(TJORN, List.of(e.id())))
        .isEqualTo(Map.of(e.id(), Map.of("followup-6m", "Flyttat till annan kommun")));
    assertThat(episodes.notApplicable(SKOVDE, List.of(e.id()))).isEmpty();
  }

  @Test
  void an_answer_stored_without_snapshot_waits_until_it_is_completed() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    responses.insert(TJORN, new NewResponse(e.id(), "child-wellbeing", 1, "start", LocalDate.of(2026, 3, 1),
        Map.of("q1", 2.0), Map.of("total", 9.0), null));

    assertThat(responses.scores("child-wellbeing", "total")).isEmpty();
    var pending = responses.pendingSnapshots(10);
    assertThat(pending).singleElement().satisfies(p -> assertThat(p.client()).isEqualTo(new ClientRef("T-1")));

    responses.completeSnapshot(pending.get(0).responseId(), new Demographics(Gender.BOY, 12, TJORN, "Stödgruppen"));

    assertThat(responses.pendingSnapshots(10)).isEmpty();
    assertThat(responses.scores("child-wellbeing", "total")).singleElement()
        .satisfies(o -> assertThat(o.gender()).isEqualTo(Gender.BOY));
    assertThat(responses.answered(TJORN, List.of(e.id()))).isEqualTo(Map.of(e.id(), Map.of("start", java.util.Set.of("child-wellbeing"))));
  }

  @Test
  void the_audit_chain_holds_per_municipality_and_breaks_when_a_row_is_changed() throws Exception {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
    audit.append(SKOVDE, t, "caseworker.skovde", new ClientRef("S-1"), "episode 2", "GET /pejl/api/episodes/2");
    var third = audit.append(TJORN, t.plusSeconds(5), "manager.tjorn", new ClientRef("T-2"), "client", "GET /pejl/api/clients/T-2");

    assertThat(third.sequence()).isEqualTo(2);
    assertThat(audit.verify(TJORN).intact()).isTrue();
    assertThat(audit.find(TJORN, new AuditQuery("manager.tjorn", null, null, null, 10)))
        .singleElement().satisfies(a -> assertThat(a.client()).isEqualTo(new ClientRef("T-2")));
    assertThat(audit.find(TJORN, new AuditQuery(null, null, LocalDate.of(2026, 5, 2), null, 10))).isEmpty();

    try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db").toAbsolutePath())) {
      c.createStatement().executeUpdate("UPDATE AUDIT_ENTRY SET USER_ID = 'someone.else' WHERE SEQ = 1 AND MUNICIPALITY = '1407'");
    }
    var check = audit.verify(TJORN);
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(1);
    assertThat(audit.verify(SKOVDE).intact()).isTrue();
  }

  @Test
  void entries_written_in_the_hour_the_clocks_go_back_keep_their_time_and_the_chain_holds() {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Stockholm"));
    try {
      // 02:30 summer time, then 02:30 winter time, on the night of 26 October 2025.
      Instant summer = Instant.parse("2025-10-26T00:30:00Z");
      Instant winter = Instant.parse("2025-10-26T01:30:00Z");
      audit.append(TJORN, summer, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
      audit.append(TJORN, winter, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");

      assertThat(audit.verify(TJORN).intact()).isTrue();
      assertThat(audit.find(TJORN, new AuditQuery(null, null, null, null, 10)))
          .extracting(AuditEntry::at).containsExactly(winter, summer);
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void a_list_read_appends_one_entry_per_client_in_one_go_and_the_chain_holds() {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
    List<ClientRef> clients = java.util.stream.IntStream.range(0, 500).mapToObj(i -> new ClientRef("T-" + (100 + i))).toList();

    var written = audit.appendAll(TJORN, t.plusSeconds(1), "manager.tjorn", clients, "occasions", "report coverage");

    assertThat(written).hasSize(500).extracting(a -> a.sequence()).startsWith(2L, 3L).endsWith(501L);
    assertThat(audit.verify(TJORN).intact()).isTrue();
    var next = audit.append(TJORN, t.plusSeconds(2), "manager.tjorn", new ClientRef("T-2"), "client", "GET /pejl/api/clients/T-2");
    assertThat(next.sequence()).isEqualTo(502);
    assertThat(audit.verify(TJORN).intact()).isTrue();
    assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-350"), null, null, 10)))
        .singleElement().satisfies(a -> assertThat(a.endpoint()).isEqualTo("report coverage"));
  }

  private static NewEpisode aGroup() {
    return new NewEpisode(new ClientRef("T-1"), Episode.SUPPORT_GROUP, "Stödgruppen", "grupp-1",
        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1), "Stöd", List.of("Må bättre"), "Tio träffar");
  }

  private static Episode withResult(Episode e, String result) {
    return new Episode(e.id(), e.client(), e.municipality(), e.type(), e.unit(), e.caseworker(), e.groupId(),
        e.start(), e.plannedEnd(), e.end(), e.purpose(), List.of(Goal.of("Må bättre")), e.content(), result,
        e.endReason(), e.revision());
  }
}
