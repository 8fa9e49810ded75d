package se.pejl.web.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.pejl.api.ClientRef;
import se.pejl.api.followup.AnswerSubmission;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;

/** The JSON shapes of the API, where they differ from the api records. */
public final class Json {
  private Json() {}

  /** {@code {"items":[…]}}, the shape of every list. */
  public record Items<T>(List<T> items) {}

  /** A request to start an episode; the client is the host's reference as a plain string. */
  public record EpisodeRequest(String client, String type, String unit, LocalDate start,
      String purpose, List<String> goals) {
    NewEpisode toNewEpisode() {
      return new NewEpisode(new ClientRef(client), type, unit, start, purpose, goals);
    }
  }

  public record EpisodeView(long id, String client, String municipality, String type, String unit,
      String caseworker, LocalDate start, LocalDate end, String purpose, List<String> goals) {
    static EpisodeView of(Episode e) {
      return new EpisodeView(e.id(), e.client().value(), e.municipality().value(), e.type(),
          e.unit(), e.caseworker(), e.start(), e.end(), e.purpose(), e.goals());
    }
  }

  public record AnswerRequest(Long episodeId, String instrumentId, String occasion,
      LocalDate answeredOn, Map<String, Object> answers) {
    AnswerSubmission toSubmission() {
      if (episodeId == null) {
        throw new se.pejl.api.InvalidInputException("episodeId", "error.answer.episodeRequired");
      }
      return new AnswerSubmission(episodeId, instrumentId, occasion, answeredOn, answers);
    }
  }

  public record Error(String error, String message, String field) {}
}
