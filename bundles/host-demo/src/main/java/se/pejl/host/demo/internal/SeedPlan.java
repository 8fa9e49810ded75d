package se.pejl.host.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;

/**
 * What the seeder puts into one municipality: support-group episodes with start answers and, for
 * most, end answers. Pure and deterministic, so a test can check the figures a report will show.
 */
final class SeedPlan {

  static final String INSTRUMENT = "child-wellbeing";
  /** A support group meets about once a week for ten weeks. */
  static final int GROUP_WEEKS = 10;
  static final String CONTENT = "Tio tr\u00e4ffar i grupp med samtal, \u00f6vningar och kunskap om"
      + " f\u00f6r\u00e4lderns sjukdom eller beroende.";
  static final List<String> ITEMS = List.of("q1", "q2", "q3", "q4", "q5");
  static final int ITEM_MAX = 4;

  /** How many children of each gender get start and end answers, and how many only a start. */
  record Quota(int girlsWithEnd, int girlsStartOnly, int boysWithEnd, int boysStartOnly, int othersWithEnd) {}

  /**
   * Lidköping has three girls with both answers on purpose: below the usual threshold of 5, so
   * the demo report shows a suppressed cell, as the Skaraborg HVB survey did for its girls.
   */
  static final Map<MunicipalityCode, Quota> QUOTAS =
      Map.of(
          DemoMunicipality.TJORN.code(), new Quota(14, 2, 12, 3, 1),
          DemoMunicipality.LIDKOPING.code(), new Quota(3, 2, 13, 2, 0),
          DemoMunicipality.SKOVDE.code(), new Quota(19, 3, 21, 3, 1));

  private static final String PURPOSE =
      "Ge barnet kunskap om förälderns sjukdom eller beroende och möjlighet att möta andra barn"
          + " i samma situation.";
  private static final List<String> GOALS =
      List.of(
          "Barnet vet att det inte är ensamt om sin situation.",
          "Barnet kan sätta ord på sina känslor.",
          "Barnet vet vart det kan vända sig för att få stöd.",
          "Barnet mår bättre i vardagen.");

  /** One episode to start, with its answers; {@code endAnswers} is empty for a running group. */
  record Planned(
      ClientSnapshot client,
      LocalDate start,
      List<String> goals,
      Map<String, Object> startAnswers,
      LocalDate endAnsweredOn,
      Map<String, Object> endAnswers) {

    boolean hasEnd() {
      return endAnsweredOn != null;
    }

    /**
     * The caseworker's rating of the two goals at the end (−2 … +2), following how much the child's
     * well-being moved: as expected (0) for a small step, more than expected for a large one.
     */
    List<Integer> goalAttainments() {
      int change = sum(endAnswers) - sum(startAnswers);
      return change > 4 ? List.of(1, 1) : change > 0 ? List.of(0, 1) : List.of(-1, 0);
    }

    /** Children starting in the same month in the same unit form one group. */
    NewEpisode newEpisode() {
      return new NewEpisode(client.ref(), Episode.SUPPORT_GROUP, client.unit(),
          client.unit() + " " + start.getYear() + "-" + String.format("%02d", start.getMonthValue()),
          start, start.plusWeeks(GROUP_WEEKS), PURPOSE, goals, CONTENT);
    }
  }

  private SeedPlan() {}

  /**
   * The plan for one municipality, in start order. Only clients of the support-group unit who
   * were at least 7 a year ago take part, so every child is 7–20 at every occasion.
   */
  static List<Planned> of(DemoMunicipality municipality, List<ClientSnapshot> clients, long seed, LocalDate today) {
    Random random = new Random(seed * 31 + Long.parseLong(municipality.code().value()));
    List<ClientSnapshot> eligible =
        new ArrayList<>(
            clients.stream()
                .filter(c -> c.unit().equals(municipality.supportGroupUnit()))
                .filter(c -> c.ageOn(today.minusYears(1)) >= DemoClients.MIN_AGE)
                .filter(c -> c.ageOn(today) <= DemoClients.MAX_AGE)
                .sorted(Comparator.comparing(c -> c.ref().value()))
                .toList());
    Collections.shuffle(eligible, random);

    Quota quota = QUOTAS.get(municipality.code());
    List<ClientSnapshot> finishing = new ArrayList<>();
    List<ClientSnapshot> stillRunning = new ArrayList<>();
    pick(eligible, Gender.GIRL, quota.girlsWithEnd(), quota.girlsStartOnly(), finishing, stillRunning);
    pick(eligible, Gender.BOY, quota.boysWithEnd(), quota.boysStartOnly(), finishing, stillRunning);
    pick(eligible, Gender.OTHER, quota.othersWithEnd(), 0, finishing, stillRunning);

    List<Planned> plan = new ArrayList<>();
    for (int i = 0; i < finishing.size(); i++) {
      // Every fourth finished group does not improve, so the indicator is not a flat 100 %.
      plan.add(finished(finishing.get(i), random, today, i % 4 != 3));
    }
    stillRunning.forEach(client -> plan.add(running(client, random, today)));
    plan.sort(Comparator.comparing(Planned::start).thenComparing(p -> p.client().ref().value()));
    return List.copyOf(plan);
  }

  /** As many as the quota asks for, or as there are (another seed may give fewer). */
  private static void pick(
      List<ClientSnapshot> eligible, Gender gender, int withEnd, int startOnly,
      List<ClientSnapshot> finishing, List<ClientSnapshot> stillRunning) {
    List<ClientSnapshot> ofGender = eligible.stream().filter(c -> c.gender() == gender).toList();
    int finished = Math.min(withEnd, ofGender.size());
    finishing.addAll(ofGender.subList(0, finished));
    stillRunning.addAll(ofGender.subList(finished, Math.min(withEnd + startOnly, ofGender.size())));
  }

  /** A group of 10–15 weeks that started 4–12 months ago and has ended. */
  private static Planned finished(ClientSnapshot client, Random random, LocalDate today, boolean improves) {
    LocalDate start = today.minusDays(120 + random.nextInt(240));
    Map<String, Object> before = startAnswers(random);
    Map<String, Object> after = improves ? improved(before, random) : notImproved(before, random);
    return new Planned(client, start, goals(random), before, start.plusDays(70 + random.nextInt(35)), after);
  }

  /** A group that started in the last two months and still runs. */
  private static Planned running(ClientSnapshot client, Random random, LocalDate today) {
    LocalDate start = today.minusDays(14 + random.nextInt(46));
    return new Planned(client, start, goals(random), startAnswers(random), null, Map.of());
  }

  private static List<String> goals(Random random) {
    int first = random.nextInt(GOALS.size());
    return List.of(GOALS.get(first), GOALS.get((first + 1) % GOALS.size()));
  }

  /**
   * 0–3 on each item, so there is room to improve. A child's items move together around one level
   * of well-being, each with a step of its own either way, as real answers do: otherwise the scale's
   * internal consistency (Cronbach's α), which the indicators' reliable change rests on, would be nil.
   */
  private static Map<String, Object> startAnswers(Random random) {
    int level = random.nextInt(ITEM_MAX);
    Map<String, Object> answers = new LinkedHashMap<>();
    ITEMS.forEach(item -> answers.put(item, Math.max(0, Math.min(ITEM_MAX - 1, level + random.nextInt(3) - 1))));
    return Map.copyOf(answers);
  }

  private static Map<String, Object> improved(Map<String, Object> before, Random random) {
    Map<String, Object> after = new LinkedHashMap<>();
    ITEMS.forEach(item -> after.put(item, Math.min(ITEM_MAX, value(before, item) + random.nextInt(3))));
    if (sum(after) <= sum(before)) {
      // No item starts at 4, so q1 always has room for the one step that makes it an improvement.
      after.put("q1", value(before, "q1") + 1);
    }
    return Map.copyOf(after);
  }

  private static Map<String, Object> notImproved(Map<String, Object> before, Random random) {
    Map<String, Object> after = new LinkedHashMap<>();
    ITEMS.forEach(item -> after.put(item, Math.max(0, value(before, item) - random.nextInt(2))));
    return Map.copyOf(after);
  }

  static int sum(Map<String, Object> answers) {
    return ITEMS.stream().mapToInt(item -> value(answers, item)).sum();
  }

  private static int value(Map<String, Object> answers, String item) {
    return (Integer) answers.get(item);
  }
}
