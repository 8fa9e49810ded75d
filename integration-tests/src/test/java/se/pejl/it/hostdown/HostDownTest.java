package se.pejl.it.hostdown;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.ResponseRepository;
import se.pejl.it.Services;
import se.pejl.it.web.Http;

/**
 * When the host does not answer, the caller gets a 503 naming the host, and nothing the
 * caseworker entered is lost: an answer is stored, and gets its snapshot when the host is back.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class HostDownTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");

  @Deployment(testable = false)
  static JavaArchive switchableHost() {
    String manifest = String.join("\n",
        "Manifest-Version: 1.0",
        "Bundle-ManifestVersion: 2",
        "Bundle-SymbolicName: test.pejl.switchable.host",
        "Bundle-Version: 1.0.0",
        "Bundle-Activator: " + SwitchableHost.class.getName(),
        "Import-Package: org.osgi.framework,se.pejl.api;version=\"[1.0,2)\",se.pejl.api.host;version=\"[1.0,2)\"",
        "");
    return ShrinkWrap.create(JavaArchive.class, "switchable-host.jar")
        .addClass(SwitchableHost.class).setManifest(new StringAsset(manifest));
  }

  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;

  @AfterEach
  void host_up_again() {
    System.clearProperty(SwitchableHost.DOWN);
  }

  @Test
  void a_host_that_does_not_answer_gives_503_and_an_answer_is_kept_until_the_host_is_back() throws Exception {
    try (Services services = new Services(context)) {
      EpisodeRepository episodes = services.awaitService(EpisodeRepository.class, TIMEOUT);
      ResponseRepository responses = services.awaitService(ResponseRepository.class, TIMEOUT);
      Http api = new Http(http);
      api.awaitUp(TIMEOUT);
      Http.Reply started = api.post("episodes", "caseworker.tjorn", """
          {"client":"T-1002","type":"support-group","unit":"Stödgruppen Tjörn","start":"%s",
           "purpose":"Stöd till barn som anhöriga","goals":["Barnet mår bättre"]}""".formatted(java.time.LocalDate.now().minusDays(3)));
      assertThat(started.status()).as(started.text()).isEqualTo(201);
      long episode = started.json().getJsonNumber("id").longValue();
      int episodesBefore = episodes.find(TJORN, new EpisodeQuery(new se.pejl.api.ClientRef("T-1002"), null, null, false)).size();

      System.setProperty(SwitchableHost.DOWN, "true");

      Http.Reply client = api.get("clients/T-1002", "caseworker.tjorn");
      assertThat(client.status()).isEqualTo(503);
      JsonObject error = client.json();
      assertThat(error.getString("error")).isEqualTo("host_unavailable");
      assertThat(error.getString("message")).contains("Testvärden").contains("Inget du har fyllt i har gått förlorat");
      Http.Reply newEpisode = api.post("episodes", "caseworker.tjorn", """
          {"client":"T-1002","type":"support-group","unit":"Stödgruppen Tjörn","start":"2026-01-10",
           "purpose":"Stöd","goals":["Mål"]}""");
      assertThat(newEpisode.status()).isEqualTo(503);
      assertThat(episodes.find(TJORN, new EpisodeQuery(new se.pejl.api.ClientRef("T-1002"), null, null, false)))
          .hasSize(episodesBefore);

      Http.Reply answer = api.post("responses", "caseworker.tjorn", """
          {"episodeId": %d, "instrumentId": "child-wellbeing", "occasion": "start",
           "answers": {"q1": 3, "q2": 3, "q3": 1, "q4": 3, "q5": 1}}""".formatted(episode));
      assertThat(answer.status()).as(answer.text()).isEqualTo(201);
      long response = answer.json().getJsonNumber("id").longValue();
      assertThat(responses.pendingSnapshots(1000)).anyMatch(p -> p.responseId() == response);

      System.clearProperty(SwitchableHost.DOWN);

      awaitCompleted(responses, response, Duration.ofSeconds(30));
      assertThat(responses.scores("child-wellbeing", "total"))
          .anyMatch(o -> o.episodeId() == episode && o.gender() != null && o.score() == 15.0);
    }
  }

  /** Polls: the snapshot is completed by a background job on its own schedule (1 s in tests). */
  private static void awaitCompleted(ResponseRepository responses, long id, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      List<Long> pending = responses.pendingSnapshots(1000).stream().map(p -> p.responseId()).toList();
      if (!pending.contains(id)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("answer " + id + " still has no snapshot after " + timeout);
  }
}
