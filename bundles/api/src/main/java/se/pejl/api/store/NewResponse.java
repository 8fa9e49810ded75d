package se.pejl.api.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * A validated, scored answer ready to be stored.
 *
 * @param demographics the snapshot for statistics, or null while the host could not be asked
 */
public record NewResponse(
    long episodeId,
    String instrumentId,
    int instrumentVersion,
    String occasion,
    LocalDate answeredOn,
    Map<String, Double> itemValues,
    Map<String, Double> scores,
    Demographics demographics) {

  public NewResponse {
    itemValues = Map.copyOf(itemValues);
    scores = Map.copyOf(scores);
  }
}
