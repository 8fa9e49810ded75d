package se.pejl.api.store;

import java.util.Optional;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;

/** Stored episodes, always within one municipality. */
public interface EpisodeRepository {

  Episode insert(MunicipalityCode municipality, String caseworker, NewEpisode episode);

  /** The episode, or empty when it does not exist in this municipality. */
  Optional<Episode> find(MunicipalityCode municipality, long id);

  /** How many episodes the municipality has. */
  long count(MunicipalityCode municipality);
}
