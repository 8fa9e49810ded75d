package se.pejl.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Draft;

/** Stored drafts, always within one municipality. */
public interface DraftRepository {

  Draft insert(MunicipalityCode municipality, long episodeId, String instrumentId, String occasion,
      LocalDate answeredOn, Map<String, Object> answers, String by, Instant at);

  /** The draft, or empty when it does not exist in this municipality. */
  Optional<Draft> find(MunicipalityCode municipality, long draftId);

  /** The drafts of one episode, oldest first. */
  List<Draft> ofEpisode(MunicipalityCode municipality, long episodeId);

  /** Replaces the answers and the answer date. */
  Draft replace(MunicipalityCode municipality, long draftId, LocalDate answeredOn,
      Map<String, Object> answers, String by, Instant at);

  /** Removes the draft; false when it was not there. */
  boolean delete(MunicipalityCode municipality, long draftId);
}
