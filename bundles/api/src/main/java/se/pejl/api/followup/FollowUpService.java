package se.pejl.api.followup;

import java.util.List;
import se.pejl.api.PejlUser;

/**
 * Starting episodes and recording answers. Every call is made on behalf of a user and sees only
 * that user's municipality.
 */
public interface FollowUpService {

  /** Starts follow-up of an intervention for a client of the user's municipality. */
  Episode startEpisode(PejlUser user, NewEpisode episode);

  /** One episode; {@link se.pejl.api.NotFoundException} when absent or of another municipality. */
  Episode episode(PejlUser user, long episodeId);

  /**
   * Validates, scores and stores an answer. A wrong answer throws {@link
   * se.pejl.api.InvalidInputException} naming the field, and nothing is stored.
   */
  Response submit(PejlUser user, AnswerSubmission submission);

  /** The answers given in one episode, oldest first. */
  List<Response> responses(PejlUser user, long episodeId);
}
