package se.pejl.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.Access;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.host.ClientDirectory;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * One municipality never reaches another's individual data: 1,000 randomized attempts to read or
 * change another municipality's episodes, occasions, answers and clients, half through the
 * service layer and half over HTTP, and not one succeeds.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
class TenancyTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final List<MunicipalityCode> REGION = List.of(MunicipalityCode.of("1407"),
      MunicipalityCode.of("1494"), MunicipalityCode.of("1496"));
  static final Map<String, String> LOGIN = Map.of("1407", "caseworker.tjorn", "1494", "caseworker.lidkoping",
      "1496", "caseworker.skovde");

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("tenancy-marker.jar");
  }

  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;

  record Target(MunicipalityCode municipality, Episode episode) {}

  @Test
  void a_thousand_attempts_to_reach_another_municipality_all_fail() throws Exception {
    try (Services services = new Services(context)) {
      FollowUpService followUp = services.awaitService(FollowUpService.class, TIMEOUT);
      ClientDirectory host = services.awaitService(ClientDirectory.class, TIMEOUT);
      Http api = new Http(http);
      api.awaitUp(TIMEOUT);
      List<Target> targets = new ArrayList<>();
      for (MunicipalityCode m : REGION) {
        for (ClientSnapshot child : host.clientsOf(m, LOGIN.get(m.value())).subList(0, 4)) {
          Episode e = followUp.startEpisode(caseworker(m), new NewEpisode(child.ref(), Episode.SUPPORT_GROUP,
              child.unit(), null, LocalDate.now().minusDays(20), LocalDate.now().plusDays(40), "Stöd",
              List.of("Må bättre"), null));
          followUp.submit(caseworker(m), new AnswerSubmission(e.id(), "child-wellbeing", "start", null,
              Map.of("q1", 2, "q2", 2, "q3", 2, "q4", 2, "q5", 2)));
          targets.add(new Target(m, e));
        }
      }

      Random random = new Random(1407);
      int attempts = 0;
      int successes = 0;
      for (int i = 0; i < 1000; i++) {
        Target target = targets.get(random.nextInt(targets.size()));
        MunicipalityCode attacker = other(target.municipality(), random);
        boolean reached = i % 2 == 0
            ? throughService(followUp, caseworker(attacker), target, random.nextInt(10))
            : overHttp(api, LOGIN.get(attacker.value()), target, random.nextInt(9));
        attempts++;
        successes += reached ? 1 : 0;
      }
      System.out.printf("Cross-municipality attempts: %d, successes: %d%n", attempts, successes);

      assertThat(attempts).isEqualTo(1000);
      assertThat(successes).isZero();
      for (Target t : targets) {
        Episode now = followUp.episode(new Access(caseworker(t.municipality()), "tenancy test"), t.episode().id());
        assertThat(now).as("nothing of the target changed").isEqualTo(t.episode());
        assertThat(followUp.responses(new Access(caseworker(t.municipality()), "tenancy test"), now.id())).hasSize(1);
      }
    }
  }

  /** True when the call returned another municipality's data or changed it. */
  private static boolean throughService(FollowUpService s, PejlUser u, Target t, int operation) {
    Access a = new Access(u, "tenancy test");
    long id = t.episode().id();
    return succeeds(() -> switch (operation) {
      case 0 -> s.episode(a, id);
      case 1 -> s.episodes(a, new EpisodeQuery(t.episode().client(), null, null, false)).isEmpty() ? null : "leak";
      case 2 -> s.update(u, id, new EpisodeChange(null, null, null, "Ändrat", null, null, null));
      case 3 -> s.close(u, id, new EpisodeClosing(LocalDate.now(), "Avslut", null, null));
      case 4 -> s.revisions(a, id);
      case 5 -> s.occasions(a, id);
      case 6 -> s.markNotApplicable(u, id, "end", "Inte aktuellt");
      case 7 -> s.submit(u, new AnswerSubmission(id, "child-wellbeing", "end", null,
          Map.of("q1", 1, "q2", 1, "q3", 1, "q4", 1, "q5", 1)));
      case 8 -> s.responses(a, id);
      default -> s.occasions(a, new OccasionQuery(Set.of(), t.episode().caseworker(), null)).stream()
          .anyMatch(o -> o.episodeId() == id) ? "leak" : null;
    });
  }

  private static boolean overHttp(Http api, String login, Target t, int operation) {
    long id = t.episode().id();
    Http.Reply reply = switch (operation) {
      case 0 -> api.get("episodes/" + id, login);
      case 1 -> api.patch("episodes/" + id, login, "{\"purpose\":\"Ändrat\"}");
      case 2 -> api.post("episodes/" + id + "/close", login, "{\"end\":\"" + LocalDate.now() + "\",\"endReason\":\"x\"}");
      case 3 -> api.get("episodes/" + id + "/revisions", login);
      case 4 -> api.get("episodes/" + id + "/occasions", login);
      case 5 -> api.put("episodes/" + id + "/occasions/end/not-applicable", login, "{\"reason\":\"x\"}");
      case 6 -> api.get("episodes/" + id + "/responses", login);
      case 7 -> api.post("responses", login, "{\"episodeId\":" + id + ",\"instrumentId\":\"child-wellbeing\","
          + "\"occasion\":\"end\",\"answers\":{\"q1\":1,\"q2\":1,\"q3\":1,\"q4\":1,\"q5\":1}}");
      default -> api.get("clients/" + t.episode().client().value(), login);
    };
    return reply.status() / 100 == 2;
  }

  private static boolean succeeds(Supplier<Object> call) {
    try {
      return call.get() != null;
    } catch (RuntimeException refused) {
      return false;
    }
  }

  private static MunicipalityCode other(MunicipalityCode own, Random random) {
    List<MunicipalityCode> others = REGION.stream().filter(m -> !m.equals(own)).toList();
    return others.get(random.nextInt(others.size()));
  }

  static PejlUser caseworker(MunicipalityCode m) {
    return new PejlUser(LOGIN.get(m.value()), "Handläggare", Set.of(Role.CASEWORKER), m, Set.of(), null);
  }
}
