package se.pejl.api.store;

import java.util.List;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Response;

/** Stored answers. */
public interface ResponseRepository {

  /** Stores the answer with its item values and scores in one transaction. */
  Response insert(MunicipalityCode municipality, NewResponse response);

  /** The answers of one episode of this municipality, oldest first. */
  List<Response> ofEpisode(MunicipalityCode municipality, long episodeId);

  /**
   * Every stored score of one scale, across all municipalities — input to aggregate indicators
   * only, never shown per client.
   */
  List<ScoreObservation> scores(String instrumentId, String scaleId);
}
