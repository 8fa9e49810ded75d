package se.pejl.it.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/** An episode's life over HTTP, as a caseworker and a manager of Tjörn use it. */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class EpisodeApiTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("episode-api-marker.jar");
  }

  @ArquillianResource URL http;

  @Test
  void an_episode_is_started_documented_closed_and_every_change_kept() throws Exception {
    Http api = up();
    LocalDate start = LocalDate.now().minusDays(10);
    JsonObject e = api.post("episodes", "caseworker.tjorn", """
        {"client":"T-1003","type":"individual-talks","unit":"Familjebehandling Tjörn","start":"%s",
         "plannedEnd":"%s","purpose":"Bearbeta oro","goals":["Sova bättre","Prata om oron"]}"""
        .formatted(start, start.plusMonths(3))).json();
    String id = e.getJsonNumber("id").toString();
    assertThat(e.getInt("revision")).isZero();

    Http.Reply changed = api.patch("episodes/" + id, "caseworker.tjorn", "{\"content\":\"Samtal varannan vecka\"}");
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    Http.Reply closed = api.post("episodes/" + id + "/close", "caseworker.tjorn", """
        {"end":"%s","endReason":"Planerat avslut","result":"Sover bättre","goalAttainments":[1,0]}"""
        .formatted(LocalDate.now()));
    assertThat(closed.status()).as(closed.text()).isEqualTo(200);
    assertThat(closed.json().getJsonArray("goals").getJsonObject(0).getInt("attainment")).isEqualTo(1);

    var revisions = api.get("episodes/" + id + "/revisions", "manager.tjorn").json().getJsonArray("items");
    assertThat(revisions).hasSize(2);
    assertThat(revisions.getJsonObject(0).getString("changedBy")).isEqualTo("caseworker.tjorn");
    assertThat(revisions.getJsonObject(1).getJsonArray("changes").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("field")).contains("end", "result", "endReason", "goals");

    Http.Reply again = api.post("episodes/" + id + "/close", "caseworker.tjorn",
        "{\"end\":\"" + LocalDate.now() + "\",\"endReason\":\"Igen\"}");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().getString("field")).isEqualTo("end");
  }

  @Test
  void occasions_follow_the_plan_and_one_can_be_marked_not_applicable_with_a_reason() throws Exception {
    Http api = up();
    String id = api.post("episodes", "caseworker.tjorn", """
        {"client":"T-1004","type":"support-group","unit":"Stödgruppen Tjörn","start":"%s",
         "plannedEnd":"%s","purpose":"Stöd","goals":["Må bättre"]}"""
        .formatted(LocalDate.now().minusDays(2), LocalDate.now().plusWeeks(10))).json().getJsonNumber("id").toString();

    var occasions = api.get("episodes/" + id + "/occasions", "caseworker.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(occasions).extracting(o -> o.getString("key"), o -> o.getString("status"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("start", "overdue"),
            org.assertj.core.groups.Tuple.tuple("end", "planned"),
            org.assertj.core.groups.Tuple.tuple("followup-6m", "planned"));

    var due = api.get("occasions?status=due,overdue&caseworker=me", "caseworker.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(due).anyMatch(o -> o.getJsonNumber("episodeId").toString().equals(id) && o.getString("key").equals("start"));

    Http.Reply marked = api.put("episodes/" + id + "/occasions/followup-6m/not-applicable", "caseworker.tjorn",
        "{\"reason\":\"Familjen flyttar till annan kommun\"}");
    assertThat(marked.status()).as(marked.text()).isEqualTo(200);
    assertThat(marked.json().getString("status")).isEqualTo("not_applicable");
    assertThat(api.put("episodes/" + id + "/occasions/sometime/not-applicable", "caseworker.tjorn",
        "{\"reason\":\"x\"}").json().getString("field")).isEqualTo("occasion");
    assertThat(api.get("occasions?status=soon", "caseworker.tjorn").json().getString("field")).isEqualTo("status");
  }

  @Test
  void a_managers_audit_log_shows_who_read_which_client_from_where_and_only_managers_see_it() throws Exception {
    Http api = up();
    String id = api.post("episodes", "caseworker.tjorn", """
        {"client":"T-1005","type":"support-group","unit":"Stödgruppen Tjörn","start":"%s",
         "purpose":"Stöd","goals":["Må bättre"]}""".formatted(LocalDate.now())).json().getJsonNumber("id").toString();

    assertThat(api.get("episodes/" + id, "caseworker.tjorn").status()).isEqualTo(200);
    assertThat(api.get("clients/T-1005", "caseworker.tjorn").json().getString("hostPage")).contains("T-1005");

    var entries = api.get("audit?client=T-1005&user=caseworker.tjorn", "manager.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(entries).extracting(a -> a.getString("endpoint"))
        .contains("GET /pejl/api/episodes/" + id, "GET /pejl/api/clients/T-1005");
    assertThat(api.get("audit/verify", "manager.tjorn").json().getBoolean("intact")).isTrue();
    assertThat(api.get("audit", "caseworker.tjorn").status()).isEqualTo(403);
    assertThat(api.get("audit?client=T-1005", "manager.skovde").json().getJsonArray("items")).isEmpty();
    assertThat(api.get("audit?from=2026-05-02&to=2026-05-01", "manager.tjorn").json().getString("field")).isEqualTo("to");
    assertThat(api.get("episodes/" + id, "analyst.region").status()).isEqualTo(403);
  }

  private Http up() throws InterruptedException {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    return api;
  }
}
