package se.pejl.api.followup;

import java.util.List;
import java.util.Map;
import se.pejl.api.Access;
import se.pejl.api.PejlUser;

/**
 * Forms a caseworker has begun but not submitted. A draft belongs to an episode of the user's
 * municipality; reading one is audited like any other read of the client's data.
 */
public interface DraftService {

  /**
   * Saves a partly filled form. Only the episode, the occasion, the instrument and that each
   * answered item exists are checked; everything else is checked when it is submitted.
   */
  Draft create(PejlUser user, AnswerSubmission partial);

  /** Replaces the draft's answers (and its answer date, when given). */
  Draft replace(PejlUser user, long draftId, java.time.LocalDate answeredOn, Map<String, Object> answers);

  /** One draft (audited). */
  Draft draft(Access access, long draftId);

  /** The drafts of one episode, oldest first (audited). */
  List<Draft> drafts(Access access, long episodeId);

  /**
   * Validates, scores and stores the draft as an answer, and removes the draft, in one step. A
   * wrong answer throws {@link se.pejl.api.InvalidInputException} naming each wrong field, and the
   * draft stays as it was.
   */
  Response submit(PejlUser user, long draftId);

  /** Throws the draft away. */
  void discard(PejlUser user, long draftId);
}
