package se.pejl.api.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.annotation.versioning.ProviderType;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.NewEpisode;

/** Stored episodes, always within one municipality. */
@ProviderType // only Pejl's store implements it, so a new method is a minor change for its callers
public interface EpisodeRepository {

  Episode insert(MunicipalityCode municipality, String caseworker, NewEpisode episode);

  /** The episode, or empty when it does not exist in this municipality. */
  Optional<Episode> find(MunicipalityCode municipality, long id);

  /** Episodes of this municipality matching the query, by start date. */
  List<Episode> find(MunicipalityCode municipality, EpisodeQuery query);

  /**
   * The same episodes as {@link #find(MunicipalityCode, EpisodeQuery)}, in the same order, without
   * their goals and texts: for working out the occasions of many episodes at once. A store should
   * read only the columns an outline has; this default reads whole episodes.
   *
   * @since 2.4
   */
  default List<EpisodeOutline> outlines(MunicipalityCode municipality, EpisodeQuery query) {
    return find(municipality, query).stream().map(EpisodeOutline::of).toList();
  }

  /**
   * The same outlines as {@link #outlines}, a list for each caseworker: by unit, then caseworker
   * (as {@link String#compareTo}), each list by start. A list of a unit's occasions is made a
   * caseworker at a time; a store should read them in this order from an index rather than sort them.
   *
   * @since 2.6
   */
  default List<List<EpisodeOutline>> outlinesByCaseworker(MunicipalityCode municipality, EpisodeQuery query) {
    Map<List<String>, List<EpisodeOutline>> groups = new TreeMap<>(
        Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (EpisodeOutline e : outlines(municipality, query)) {
      groups.computeIfAbsent(List.of(e.unit(), e.caseworker()), k -> new ArrayList<>()).add(e);
    }
    return List.copyOf(groups.values());
  }

  /** How many episodes the municipality has. */
  long count(MunicipalityCode municipality);

  /**
   * Stores the changed episode and the revision describing the change, in one transaction.
   *
   * @param changed the new state, carrying the revision it was read at
   * @throws se.pejl.api.ConflictException when it was changed by someone else meanwhile
   */
  Episode save(MunicipalityCode municipality, Episode changed, String changedBy,
      List<EpisodeRevision.FieldChange> changes);

  /** The episode's revisions, oldest first. */
  List<EpisodeRevision> revisions(MunicipalityCode municipality, long episodeId);

  /** Marks one occasion of the episode as not applicable (replacing an earlier reason). */
  void markNotApplicable(MunicipalityCode municipality, long episodeId, String occasion,
      String reason, String markedBy);

  /** For each episode, its occasions marked not applicable, with the reasons. */
  Map<Long, Map<String, String>> notApplicable(MunicipalityCode municipality, Collection<Long> episodeIds);
}
