package se.pejl.host.demo.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.Occasion;
import se.pejl.api.host.ClientDirectory;
import se.pejl.api.store.EpisodeRepository;

/**
 * One seeding run: checks that the store is empty, then carries out each municipality's {@link
 * SeedPlan} through the real {@link FollowUpService}, as that municipality's demo caseworker, so
 * the demo data passes the same validation as a caseworker's. Used by one thread only.
 */
final class Seeding {

  enum Status { SKIPPED, DONE, STOPPED, FAILED }

  /** What a run did; {@code failure} is set only when the status is FAILED. */
  record Outcome(Status status, int episodes, int answers, RuntimeException failure) {}

  private final FollowUpService followUp;
  private final EpisodeRepository episodes;
  private final ClientDirectory clients;
  private final long seed;
  private final LocalDate today;
  private final UnaryOperator<Map<String, Object>> asAnswered;

  private int episodesStarted;
  private int answersGiven;

  Seeding(FollowUpService followUp, EpisodeRepository episodes, ClientDirectory clients, long seed, LocalDate today) {
    this(followUp, episodes, clients, seed, today, UnaryOperator.identity());
  }

  Seeding(FollowUpService followUp, EpisodeRepository episodes, ClientDirectory clients, long seed,
      LocalDate today, UnaryOperator<Map<String, Object>> asAnswered) {
    this.asAnswered = asAnswered;
    this.followUp = followUp;
    this.episodes = episodes;
    this.clients = clients;
    this.seed = seed;
    this.today = today;
  }

  /** Seeds unless any demo municipality already has an episode; stops early when asked to. */
  Outcome run(BooleanSupplier stopRequested) {
    try {
      if (DemoMunicipality.ALL.stream().anyMatch(m -> episodes.count(m.code()) > 0)) {
        return outcome(Status.SKIPPED, null);
      }
      for (DemoMunicipality municipality : DemoMunicipality.ALL) {
        PejlUser caseworker = DemoAccounts.caseworkerOf(municipality.code());
        var plan = SeedPlan.of(municipality, clients.clientsOf(municipality.code(), caseworker.id()), seed, today);
        for (SeedPlan.Planned planned : plan) {
          if (stopRequested.getAsBoolean()) {
            return outcome(Status.STOPPED, null);
          }
          carryOut(caseworker, planned);
        }
      }
      return outcome(Status.DONE, null);
    } catch (RuntimeException e) {
      // The seeding job is a boundary: its caller logs this once and nothing retries.
      return outcome(Status.FAILED, e);
    }
  }

  private void carryOut(PejlUser caseworker, SeedPlan.Planned planned) {
    Episode episode = followUp.startEpisode(caseworker, planned.newEpisode());
    episodesStarted++;
    submit(caseworker, episode, Occasion.START, planned.start(), planned.startAnswers());
    if (planned.hasEnd()) {
      submit(caseworker, episode, Occasion.END, planned.endAnsweredOn(), planned.endAnswers());
      followUp.close(caseworker, episode.id(), new EpisodeClosing(planned.endAnsweredOn(),
          "Planerat avslut", "Barnet har deltagit i hela gruppen.", planned.goalAttainments()));
    }
  }

  private void submit(PejlUser caseworker, Episode episode, String occasion, LocalDate on, Map<String, Object> answers) {
    followUp.submit(caseworker, new AnswerSubmission(episode.id(), SeedPlan.INSTRUMENT, occasion, on, asAnswered.apply(answers)));
    answersGiven++;
  }

  private Outcome outcome(Status status, RuntimeException failure) {
    return new Outcome(status, episodesStarted, answersGiven, failure);
  }
}
