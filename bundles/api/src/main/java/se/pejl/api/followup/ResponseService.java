package se.pejl.api.followup;

import java.util.List;
import java.util.Map;
import se.pejl.api.Access;
import se.pejl.api.PejlUser;

/** Stored answers with their revisions, within the user's municipality. */
public interface ResponseService {

  /** The answer as it stands now: its newest revision (audited). */
  ResponseRevision response(Access access, long responseId);

  /** Every revision of the answer, oldest first (audited). */
  List<ResponseRevision> revisions(Access access, long responseId);

  /**
   * Edits a submitted answer: the new answers are validated and scored under the instrument
   * version the answer was given under, and become its next revision.
   *
   * @param basedOn the revision the edit was made from, or null; when the answer has been edited
   *     since, {@link se.pejl.api.ConflictException} and nothing changes
   * @param reason why, required
   */
  ResponseRevision revise(PejlUser user, long responseId, Integer basedOn, Map<String, Object> answers,
      String reason);
}
