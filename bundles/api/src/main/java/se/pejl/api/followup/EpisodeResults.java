package se.pejl.api.followup;

import java.util.List;

/**
 * What the measurements of one episode show, scale by scale: personal data, read like the
 * episode itself.
 *
 * @param episodeId the episode
 * @param scales one course per instrument and scale with at least one score, by instrument and
 *     then in the instrument's scale order
 */
public record EpisodeResults(long episodeId, List<ScaleCourse> scales) {
  public EpisodeResults {
    scales = List.copyOf(scales);
  }
}
