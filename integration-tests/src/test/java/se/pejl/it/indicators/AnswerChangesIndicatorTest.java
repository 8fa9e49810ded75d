package se.pejl.it.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
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

/** A caseworker's answer, given over HTTP, is in the manager's next indicator read. */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class AnswerChangesIndicatorTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String UNIT = "Indikatorprov Tjörn";

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("answer-changes-indicator-marker.jar");
  }

  @ArquillianResource URL http;

  @Test
  void a_start_answer_submitted_over_http_is_counted_in_the_next_read() throws Exception {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    for (int child = 0; child < 5; child++) {
      startAnswer(api, "T-" + (1101 + child), 2); // 10 points of 20
    }
    JsonObject before = startCell(api);
    assertThat(before.getInt("n")).isEqualTo(5);
    assertThat(before.getJsonNumber("value").doubleValue()).isCloseTo(10.0, Offset.offset(1e-9));

    startAnswer(api, "T-1106", 4); // a sixth child at the top: 20 points (q3 and q5 are reversed)

    JsonObject after = startCell(api);
    assertThat(after.getInt("n")).isEqualTo(6);
    // (5 × 10 + 20) / 6
    assertThat(after.getJsonNumber("value").doubleValue()).isCloseTo(70 / 6.0, Offset.offset(1e-9));
  }

  @Test
  void a_wrong_query_is_a_400_naming_the_field() throws Exception {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    Http.Reply period = api.get("indicators/wellbeing-improved?period=2025-06-01/2025-01-01", "manager.tjorn");
    assertThat(period.status()).isEqualTo(400);
    assertThat(period.json().getString("field")).isEqualTo("period");
    Http.Reply by = api.get("indicators/episodes-started?by=gender", "manager.tjorn");
    assertThat(by.status()).isEqualTo(400);
    assertThat(by.json().getString("field")).isEqualTo("by");
    Http.Reply unit = api.get("indicators/episodes-started?unit=Finns+inte", "manager.tjorn");
    assertThat(unit.json().getString("field")).isEqualTo("unit");
    assertThat(api.get("indicators/no-such-indicator", "manager.tjorn").status()).isEqualTo(404);
    assertThat(api.get("indicators", "manager.tjorn").json().getJsonArray("items")).hasSizeGreaterThanOrEqualTo(14);
  }

  private static JsonObject startCell(Http api) {
    Http.Reply reply = api.get("indicators/wellbeing-at-occasion?by=occasion&unit="
        + URLEncoder.encode(UNIT, StandardCharsets.UTF_8), "manager.tjorn");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    List<JsonObject> cells = reply.json().getJsonArray("cells").getValuesAs(JsonObject.class);
    return cells.stream().filter(c -> c.getJsonObject("key").getString("occasion").equals("start")).findFirst()
        .orElseThrow();
  }

  private static void startAnswer(Http api, String client, int points) {
    Http.Reply episode = api.post("episodes", "caseworker.tjorn", """
        {"client":"%s","type":"support-group","unit":"%s","start":"%s","purpose":"Stöd","goals":["Må bättre"]}"""
        .formatted(client, UNIT, LocalDate.now().minusDays(3)));
    assertThat(episode.status()).as(episode.text()).isEqualTo(201);
    long id = episode.json().getJsonNumber("id").longValue();
    Http.Reply answer = api.post("responses", "caseworker.tjorn", """
        {"episodeId": %d, "instrumentId": "child-wellbeing", "occasion": "start",
         "answers": {"q1": %d, "q2": %d, "q3": %d, "q4": %d, "q5": %d}}"""
        .formatted(id, points, points, 4 - points, points, 4 - points));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
  }
}
