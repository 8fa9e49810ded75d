package se.pejl.it.pejl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.it.pejl.Pejl.SKOVDE;
import static se.pejl.it.pejl.Pejl.TJORN;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.Gender;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.store.ResponseRepository;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * A wrong answer gets a clear error naming what is wrong, through the service and over HTTP, and
 * nothing is stored. Gives answers at the start occasion only, so no indicator moves.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("bad-input-marker.jar");
  }

  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;
  private Services services;
  private FollowUpService followUp;
  private ResponseRepository stored;
  private Episode episode;
  private Http api;

  /** Once per class; not @BeforeAll, since Arquillian injects the context before each test. */
  @BeforeEach
  void an_episode_in_tjorn() throws InterruptedException {
    if (services != null) {
      return;
    }
    services = new Services(context);
    Pejl pejl = new Pejl(services);
    followUp = services.awaitService(FollowUpService.class, Pejl.TIMEOUT);
    stored = services.awaitService(ResponseRepository.class, Pejl.TIMEOUT);
    episode = pejl.supportGroup(TJORN, pejl.clients(TJORN, Gender.BOY).get(0));
    api = new Http(http);
    api.awaitUp(Pejl.TIMEOUT);
  }

  @AfterAll
  void close() {
    services.close();
  }

  @Test
  void an_answer_outside_the_scale_is_refused_and_nothing_is_stored() {
    int before = storedScores();
    int answersBefore = followUp.responses(Pejl.access(TJORN), episode.id()).size();
    var wrong = new AnswerSubmission(episode.id(), "child-wellbeing", "start", LocalDate.now(),
        Map.of("q1", 7, "q2", 1, "q3", 1, "q4", 1, "q5", 1));

    assertThatThrownBy(() -> followUp.submit(Pejl.caseworker(TJORN), wrong))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("answers.q1");
          assertThat(e.message(Locale.ENGLISH)).isEqualTo("Item \"q1\" must be between 0 and 4; 7 is outside.");
        });
    assertThat(followUp.responses(Pejl.access(TJORN), episode.id())).hasSize(answersBefore);
    assertThat(storedScores()).isEqualTo(before);
  }

  @Test
  void an_unknown_instrument_is_named_and_nothing_is_stored() {
    int before = storedScores();
    var unknown = new AnswerSubmission(episode.id(), "no-such-form", "start", null, Map.of("q1", 1));

    assertThatThrownBy(() -> followUp.submit(Pejl.caseworker(TJORN), unknown))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("instrumentId");
          assertThat(e.message(Locale.ENGLISH)).isEqualTo("There is no instrument \"no-such-form\".");
        });
    assertThat(storedScores()).isEqualTo(before);
  }

  @Test
  void over_http_a_wrong_answer_is_a_400_naming_the_field_in_swedish() {
    int before = storedScores();

    Http.Reply reply = api.post("responses", "caseworker.tjorn", """
        {"episodeId": %d, "instrumentId": "child-wellbeing", "occasion": "start",
         "answers": {"q1": 2, "q2": 2, "q3": 2, "q4": 2, "q5": 9}}""".formatted(episode.id()));

    assertThat(reply.status()).isEqualTo(400);
    JsonObject error = reply.json();
    assertThat(error.getString("error")).isEqualTo("invalid_input");
    assertThat(error.getString("field")).isEqualTo("answers.q5");
    assertThat(error.getString("message")).isEqualTo("Fråga \"q5\" ska ha ett värde mellan 0 och 4; 9 ligger utanför.");
    assertThat(storedScores()).isEqualTo(before);
  }

  @Test
  void over_http_broken_json_an_unknown_path_and_no_login_are_json_errors_too() {
    assertThat(api.post("responses", "caseworker.tjorn", "{not json").json().getString("error")).isEqualTo("invalid_input");
    Http.Reply nothing = api.get("nothing-here", "caseworker.tjorn");
    assertThat(nothing.status()).isEqualTo(404);
    assertThat(nothing.json().getString("error")).isEqualTo("not_found");
    Http.Reply anonymous = api.get("episodes/" + episode.id(), null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().getString("error")).isEqualTo("unauthenticated");
  }

  @Test
  void a_valid_answer_over_http_is_stored_with_its_score() {
    Http.Reply reply = api.post("responses", "caseworker.tjorn", """
        {"episodeId": %d, "instrumentId": "child-wellbeing", "occasion": "start",
         "answers": {"q1": 4, "q2": 3, "q3": 0, "q4": 3, "q5": 1}}""".formatted(episode.id()));

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    // q3 and q5 are reversed: 4 + 3 + 4 + 3 + 3
    assertThat(reply.json().getJsonObject("scores").getJsonNumber("total").doubleValue()).isEqualTo(17.0);
  }

  @Test
  void another_municipality_gets_404_for_the_episode_and_cannot_answer_it() {
    assertThat(api.get("episodes/" + episode.id(), "caseworker.skovde").status()).isEqualTo(404);
    assertThat(api.get("episodes/" + episode.id(), "caseworker.tjorn").status()).isEqualTo(200);
    assertThatThrownBy(() -> followUp.submit(Pejl.caseworker(SKOVDE), new AnswerSubmission(
        episode.id(), "child-wellbeing", "start", null, Map.of("q1", 1))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void over_http_the_report_is_a_pdf_and_the_indicator_is_json() {
    Http.Reply pdf = api.get("reports/region-comparison?format=pdf&indicator=wellbeing-improved", "manager.tjorn");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    Http.Reply wrongFormat = api.get("reports/region-comparison?format=docx&indicator=wellbeing-improved", "manager.tjorn");
    assertThat(wrongFormat.status()).isEqualTo(400);
    assertThat(wrongFormat.json().getString("field")).isEqualTo("format");

    Http.Reply noIndicator = api.get("reports/region-comparison?format=pdf", "manager.tjorn");
    assertThat(noIndicator.status()).isEqualTo(400);
    assertThat(noIndicator.json().getString("field")).isEqualTo("indicator");
    Http.Reply reversed = api.get("reports/overview?period=2025-12-31/2025-01-01", "manager.tjorn");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.json().getString("field")).isEqualTo("period");
    Http.Reply unknownUnit = api.get("reports/gender-split?unit=Ingenstans", "manager.tjorn");
    assertThat(unknownUnit.status()).as(unknownUnit.text()).isEqualTo(400);
    assertThat(unknownUnit.json().getString("field")).isEqualTo("unit");

    JsonObject indicator = api.get("indicators/wellbeing-improved?by=municipality,gender", "manager.tjorn").json();
    assertThat(indicator.getJsonArray("breakdown").getString(0)).isEqualTo("municipality");
    assertThat(indicator.getInt("threshold")).isEqualTo(5);
  }

  private int storedScores() {
    return stored.scores("child-wellbeing", "total").size();
  }
}
