package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.Map;

/**
 * A stored answer with its computed scale scores, kept with the instrument version it was given
 * under.
 */
public record Response(
    long id,
    long episodeId,
    String instrumentId,
    int instrumentVersion,
    String occasion,
    LocalDate answeredOn,
    Map<String, Double> scores) {

  public Response {
    scores = Map.copyOf(scores);
  }
}
