package se.pejl.it.pejl;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Occasion;
import se.pejl.api.host.ClientDirectory;
import se.pejl.it.Services;

/** Test data through the real services, in the words of a caseworker. */
final class Pejl {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  static final List<String> PEJL_BUNDLES = List.of("se.pejl.api", "se.pejl.derby", "se.pejl.followup", "se.pejl.forms",
      "se.pejl.host.demo", "se.pejl.indicators", "se.pejl.reports", "se.pejl.store", "se.pejl.store.migrations",
      "se.pejl.shell", "se.pejl.web");

  private final FollowUpService followUp;
  private final ClientDirectory clients;

  Pejl(Services services) {
    this.followUp = services.awaitService(FollowUpService.class, TIMEOUT);
    this.clients = services.awaitService(ClientDirectory.class, TIMEOUT);
  }

  static PejlUser caseworker(MunicipalityCode m) {
    String name = m.equals(TJORN) ? "tjorn" : m.equals(SKOVDE) ? "skovde" : "lidkoping";
    return new PejlUser("caseworker." + name, "Handläggare", Set.of(Role.CASEWORKER), m, Set.of(), null);
  }

  /** A read by the municipality's caseworker from a test, as the audit log records it. */
  static se.pejl.api.Access access(MunicipalityCode m) {
    return new se.pejl.api.Access(caseworker(m), "integration test");
  }

  static PejlUser manager(MunicipalityCode m) {
    return new PejlUser("manager.test", "Chef", Set.of(Role.MANAGER), m, Set.of(), null);
  }

  /** Clients of the municipality's demo caseworker with this gender, in a stable order. */
  List<ClientSnapshot> clients(MunicipalityCode m, Gender gender) {
    return clients.clientsOf(m, caseworker(m).id()).stream()
        .filter(c -> c.gender() == gender).toList();
  }

  Episode supportGroup(MunicipalityCode m, ClientSnapshot child) {
    return followUp.startEpisode(caseworker(m), new NewEpisode(child.ref(), Episode.SUPPORT_GROUP,
        child.unit(), LocalDate.now().minusMonths(4), "Stöd till barn som anhöriga",
        List.of("Barnet mår bättre", "Barnet har någon att prata med")));
  }

  /** Answers where every item is worth {@code points} well-being points (q3 and q5 are reversed). */
  static Map<String, Object> answers(int points) {
    return Map.of("q1", points, "q2", points, "q3", 4 - points, "q4", points, "q5", 4 - points);
  }

  void answer(MunicipalityCode m, Episode e, String occasion, int points) {
    followUp.submit(caseworker(m), new AnswerSubmission(e.id(), "child-wellbeing", occasion,
        LocalDate.now().minusDays(Occasion.START.equals(occasion) ? 100 : 10), answers(points)));
  }

  /** {@code improved} children whose score goes up, then {@code count - improved} whose goes down. */
  void children(MunicipalityCode m, Gender gender, int count, int improved) {
    List<ClientSnapshot> pool = clients(m, gender);
    if (pool.size() < count) {
      throw new IllegalStateException("the demo host has too few clients for " + m + " " + gender);
    }
    for (int i = 0; i < count; i++) {
      Episode e = supportGroup(m, pool.get(i));
      answer(m, e, Occasion.START, 2);
      answer(m, e, Occasion.END, i < improved ? 3 : 1);
    }
  }
}
