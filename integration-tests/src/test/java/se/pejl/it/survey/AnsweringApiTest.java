package se.pejl.it.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.store.SurveyLinkRepository;
import se.pejl.api.survey.SurveyLink;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * Answering over HTTP: drafts, revisions, and survey links answered on the respondent's page
 * without login.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class AnsweringApiTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String ALL_FIVE = "{\"q1\":3,\"q2\":3,\"q3\":1,\"q4\":2,\"q5\":0}";
  static final String FORM_ALL_FIVE = "q1=3&q2=3&q3=1&q4=2&q5=0";

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("answering-api-marker.jar");
  }

  @ArquillianResource URL http;
  @ArquillianResource BundleContext context;

  @Test
  void a_draft_is_saved_half_filled_finished_later_and_submitted() throws Exception {
    Http api = up();
    String episode = episode(api, "T-1011", null);

    Http.Reply created = api.post("drafts", "caseworker.tjorn", """
        {"episodeId":%s,"instrumentId":"child-wellbeing","occasion":"start","answers":{"q1":2}}""".formatted(episode));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String draft = created.json().getJsonNumber("id").toString();
    assertThat(api.get("drafts?episodeId=" + episode, "caseworker.tjorn").json().getJsonArray("items")).hasSize(1);

    Http.Reply early = api.post("drafts/" + draft + "/submit", "caseworker.tjorn", "");
    assertThat(early.status()).isEqualTo(400);
    assertThat(api.get("drafts/" + draft, "caseworker.tjorn").status()).isEqualTo(200);

    Http.Reply replaced = api.put("drafts/" + draft, "caseworker.tjorn", "{\"answers\":" + ALL_FIVE + "}");
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    Http.Reply submitted = api.post("drafts/" + draft + "/submit", "caseworker.tjorn", "");
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    assertThat(submitted.json().getJsonObject("scores")).isNotEmpty();

    assertThat(api.get("drafts/" + draft, "caseworker.tjorn").status()).isEqualTo(404);
    assertThat(api.get("episodes/" + episode + "/responses", "caseworker.tjorn").json().getJsonArray("items")).hasSize(1);
    assertThat(api.get("drafts/" + draft, "caseworker.skovde").status()).isEqualTo(404);
  }

  @Test
  void an_edit_makes_a_new_revision_and_the_earlier_one_stays_readable() throws Exception {
    Http api = up();
    String episode = episode(api, "T-1012", null);
    Http.Reply answered = api.post("responses", "caseworker.tjorn", """
        {"episodeId":%s,"instrumentId":"child-wellbeing","occasion":"start","answers":%s}""".formatted(episode, ALL_FIVE));
    assertThat(answered.status()).as(answered.text()).isEqualTo(201);
    String id = answered.json().getJsonNumber("id").toString();

    Http.Reply noReason = api.put("responses/" + id, "manager.tjorn", "{\"answers\":" + ALL_FIVE + "}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().getString("field")).isEqualTo("reason");
    Http.Reply edited = api.put("responses/" + id, "manager.tjorn", """
        {"answers":{"q1":4,"q2":3,"q3":1,"q4":2,"q5":0},"reason":"Fel skalsteg vid inmatning","basedOn":1}""");
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().getInt("revision")).isEqualTo(2);
    assertThat(api.put("responses/" + id, "manager.tjorn", """
        {"answers":%s,"reason":"Igen","basedOn":1}""".formatted(ALL_FIVE)).status()).isEqualTo(409);

    var revisions = api.get("responses/" + id + "/revisions", "caseworker.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(revisions).extracting(r -> r.getInt("revision"), r -> r.getString("changedBy"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "caseworker.tjorn"),
            org.assertj.core.groups.Tuple.tuple(2, "manager.tjorn"));
    assertThat(revisions.get(0).getJsonObject("answers").getInt("q1")).isEqualTo(3);
    assertThat(revisions.get(1).getString("reason")).isEqualTo("Fel skalsteg vid inmatning");
    assertThat(revisions.get(0).getJsonObject("scores").getJsonNumber("total").doubleValue())
        .isLessThan(revisions.get(1).getJsonObject("scores").getJsonNumber("total").doubleValue());
    assertThat(api.get("responses/" + id, "caseworker.tjorn").json().getInt("revision")).isEqualTo(2);
    assertThat(api.get("responses/" + id, "caseworker.skovde").status()).isEqualTo(404);
  }

  @Test
  void a_personal_link_is_answered_once_and_then_says_so_kindly_in_swedish() throws Exception {
    Http api = up();
    String episode = episode(api, "T-1013", null);
    Http.Reply created = api.post("survey-links", "caseworker.tjorn", """
        {"episodeId":%s,"occasion":"start","instrumentId":"child-wellbeing","validDays":7}""".formatted(episode));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String page = page(created.json());
    assertThat(created.json().getString("status")).isEqualTo("open");

    Http.Reply form = api.page(page, "en");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.contentType()).startsWith("text/html");
    assertThat(form.text()).contains("lang=\"sv\"", "Mitt mående", "Skicka mina svar").doesNotContain("<script");

    Http.Reply wrong = api.postForm(page, "q1=3&q2=3&q3=1&q4=2");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.text()).contains("Några svar behöver en titt till", "Fråga 5:", "href=\"#item-q5\"");

    Http.Reply thanks = api.postForm(page, FORM_ALL_FIVE);
    assertThat(thanks.status()).as(thanks.text()).isEqualTo(200);
    assertThat(thanks.text()).contains("Tack för dina svar");

    Http.Reply again = api.page(page, "sv");
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.text()).contains("Den här enkäten är redan besvarad", "en länk kan bara användas en gång");
    assertThat(api.postForm(page, FORM_ALL_FIVE).status()).isEqualTo(410);

    var links = api.get("survey-links?episodeId=" + episode, "caseworker.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(links).singleElement().satisfies(l -> {
      assertThat(l.getString("status")).isEqualTo("used");
      assertThat(l.containsKey("url")).isFalse();
    });
    assertThat(api.get("episodes/" + episode + "/responses", "caseworker.tjorn").json().getJsonArray("items")).hasSize(1);
  }

  @Test
  void an_expired_or_withdrawn_link_shows_a_kind_410_and_an_unknown_one_a_404() throws Exception {
    Http api = up();
    String episode = episode(api, "T-1014", null);
    String token = "expiredTokenForTheIntegrationTest_0123456789".substring(0, 43);
    try (Services services = new Services(context)) {
      SurveyLinkRepository repository = services.awaitService(SurveyLinkRepository.class, TIMEOUT);
      Instant now = Instant.now();
      repository.insert(sha256(token), new SurveyLink(0, MunicipalityCode.of("1407"), Long.valueOf(episode), null,
          "Stödgruppen Tjörn", "start", "child-wellbeing", "en", "caseworker.tjorn", now.minus(Duration.ofDays(20)),
          now.minus(Duration.ofDays(6)), null, null, 0));
    }

    Http.Reply expired = api.page("../survey/" + token, "sv");
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.text()).contains("lang=\"en\"", "This link has stopped working");
    assertThat(api.postForm("../survey/" + token, FORM_ALL_FIVE).status()).isEqualTo(410);

    JsonObject made = api.post("survey-links", "caseworker.tjorn", """
        {"episodeId":%s,"occasion":"start","instrumentId":"child-wellbeing"}""".formatted(episode)).json();
    Http.Reply withdrawn = api.delete("survey-links/" + made.getJsonNumber("id"), "caseworker.tjorn");
    assertThat(withdrawn.json().getString("status")).isEqualTo("withdrawn");
    assertThat(api.page(page(made), "sv").text()).contains("Länken används inte längre");

    Http.Reply unknown = api.page("../survey/" + "x".repeat(43), "sv");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text()).contains("Vi hittar inte den här enkäten");
  }

  @Test
  void a_group_link_is_answered_anonymously_by_three_children() throws Exception {
    Http api = up();
    String group = "grupp-" + UUID.randomUUID();
    String first = episode(api, "T-1015", group);
    episode(api, "T-1016", group);
    assertThat(api.post("survey-links", "caseworker.skovde", """
        {"groupId":"%s","occasion":"start","instrumentId":"child-wellbeing"}""".formatted(group)).status()).isEqualTo(400);

    Http.Reply created = api.post("survey-links", "caseworker.tjorn", """
        {"groupId":"%s","occasion":"start","instrumentId":"child-wellbeing","language":"en","validDays":1}""".formatted(group));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("kind")).isEqualTo("group");
    String page = page(created.json());
    assertThat(api.page(page, "sv").text()).contains("lang=\"en\"", "How I feel", "You answer anonymously");

    for (String child : new String[] {"q1=0&q2=1&q3=4&q4=1&q5=3", "q1=2&q2=2&q3=2&q4=2&q5=2", FORM_ALL_FIVE}) {
      Http.Reply thanks = api.postForm(page, child);
      assertThat(thanks.status()).as(thanks.text()).isEqualTo(200);
      assertThat(thanks.text()).contains("Thank you for your answers");
    }

    var links = api.get("survey-links?groupId=" + group, "caseworker.tjorn").json().getJsonArray("items")
        .getValuesAs(JsonObject.class);
    assertThat(links).singleElement().satisfies(l -> {
      assertThat(l.getInt("answers")).isEqualTo(3);
      assertThat(l.getString("status")).isEqualTo("open");
    });
    assertThat(api.get("episodes/" + first + "/responses", "caseworker.tjorn").json().getJsonArray("items")).isEmpty();
  }

  private String episode(Http api, String client, String group) {
    Http.Reply r = api.post("episodes", "caseworker.tjorn", """
        {"client":"%s","type":"support-group","unit":"Stödgruppen Tjörn",%s"start":"%s",
         "plannedEnd":"%s","purpose":"Stöd","goals":["Må bättre"]}"""
        .formatted(client, group == null ? "" : "\"groupId\":\"" + group + "\",", LocalDate.now().minusDays(2),
            LocalDate.now().plusWeeks(10)));
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().getJsonNumber("id").toString();
  }

  /** The page's address relative to the API: the token is the last part of the link's url. */
  private static String page(JsonObject link) {
    String url = link.getString("url");
    assertThat(url).matches(".*/pejl/survey/[A-Za-z0-9_-]{43}");
    return "../survey/" + url.substring(url.lastIndexOf('/') + 1);
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
  }

  private Http up() throws InterruptedException {
    Http api = new Http(http);
    api.awaitUp(TIMEOUT);
    return api;
  }
}
