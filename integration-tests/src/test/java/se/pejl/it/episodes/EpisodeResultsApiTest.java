package se.pejl.it.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

/** One child's results over HTTP: the scores by occasion and the change, read like personal data. */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class EpisodeResultsApiTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** Well-being 5 of 20 at the start (q3 and q5 are reversed) … */
  static final String LOW = "{\"q1\":1,\"q2\":1,\"q3\":3,\"q4\":1,\"q5\":3}";
  /** … and 15 at the end. */
  static final String HIGH = "{\"q1\":3,\"q2\":3,\"q3\":1,\"q4\":3,\"q5\":1}";

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("episode-results-marker.jar");
  }

  @ArquillianResource URL http;

  @Test
  void the_scores_at_start_and_end_are_shown_with_the_change_and_the_read_is_audited() throws Exception {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    LocalDate start = LocalDate.now().minusMonths(4);
    String id = api.post("episodes", "caseworker.tjorn", """
        {"client":"T-1020","type":"support-group","unit":"Stödgruppen Tjörn","start":"%s",
         "purpose":"Stöd","goals":["Må bättre"]}""".formatted(start)).json().getJsonNumber("id").toString();
    answer(api, id, "start", start, LOW);
    answer(api, id, "end", LocalDate.now().minusDays(10), HIGH);

    Http.Reply reply = api.get("episodes/" + id + "/results", "caseworker.tjorn");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonObject total = reply.json().getJsonArray("scales").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("instrumentId").equals("child-wellbeing") && s.getString("scaleId").equals("total"))
        .findFirst().orElseThrow();
    assertThat(total.getString("bbicArea")).isEqualTo("emotional-behavioural");
    assertThat(total.getJsonArray("points").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("occasion"), p -> p.getJsonNumber("score").doubleValue())
        .containsExactly(tuple("start", 5.0), tuple("end", 15.0));
    JsonObject change = total.getJsonObject("change");
    assertThat(change.getJsonNumber("difference").doubleValue()).isEqualTo(10.0);
    // The shipped well-being scale has no norm of its own: the region's is used once 30 complete start
    // answers with some spread exist (other tests in this framework may or may not have given them).
    if (change.get("rci") == null || change.get("rci") == JsonValue.NULL) {
      assertThat(change.getString("category")).isEqualTo("unknown");
      assertThat(change.getString("reason")).isEqualTo("no_norm");
    } else {
      assertThat(change.getJsonNumber("rci").doubleValue()).isGreaterThan(0);
      assertThat(change.getString("category")).isEqualTo(change.getJsonNumber("rci").doubleValue() > 1.96
          ? "improved" : "unchanged");
    }

    var audited = api.get("audit?client=T-1020&user=caseworker.tjorn", "manager.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(audited).extracting(a -> a.getString("what"), a -> a.getString("endpoint"))
        .contains(tuple("results " + id, "GET /pejl/api/episodes/" + id + "/results"));
  }

  @Test
  void another_municipality_finds_no_such_episode_and_an_analyst_is_refused() throws Exception {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    String id = api.post("episodes", "caseworker.tjorn", """
        {"client":"T-1021","type":"support-group","unit":"Stödgruppen Tjörn","start":"%s",
         "purpose":"Stöd","goals":["Må bättre"]}""".formatted(LocalDate.now())).json().getJsonNumber("id").toString();

    assertThat(api.get("episodes/" + id + "/results", "caseworker.skovde").status()).isEqualTo(404);
    assertThat(api.get("episodes/" + id + "/results", "analyst.region").status()).isEqualTo(403);
    assertThat(api.get("episodes/" + id + "/results", "manager.tjorn").status()).isEqualTo(200);
    assertThat(api.get("audit?client=T-1021", "manager.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class)).extracting(a -> a.getString("user")).containsOnly("manager.tjorn");
  }

  private static void answer(Http api, String episode, String occasion, LocalDate day, String answers) {
    Http.Reply r = api.post("responses", "caseworker.tjorn", """
        {"episodeId":%s,"instrumentId":"child-wellbeing","occasion":"%s","answeredOn":"%s","answers":%s}"""
        .formatted(episode, occasion, day, answers));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
  }
}
