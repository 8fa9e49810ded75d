package se.pejl.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Response;
import se.pejl.api.followup.ResponseRevision;

/**
 * Answers with their full content and their revisions. One row per answer holds its newest
 * revision, which is all that statistics read; earlier revisions are kept beside it.
 */
public interface AnswerRepository {

  /**
   * Stores an answer as its revision 1 and, when it came from a draft, removes the draft, in one
   * transaction.
   *
   * @param fromDraft the draft to remove, or null
   * @throws se.pejl.api.NotFoundException when the draft is no longer there (nothing is stored)
   */
  Response insert(MunicipalityCode municipality, NewAnswer answer, Long fromDraft);

  /** The answer's newest revision, or empty when it does not exist in this municipality. */
  Optional<ResponseRevision> current(MunicipalityCode municipality, long responseId);

  /** Every revision of the answer, oldest first; empty when it does not exist here. */
  List<ResponseRevision> revisions(MunicipalityCode municipality, long responseId);

  /**
   * Makes the next revision: the answer's newest revision is kept as it was, and the answer row
   * takes the new answers and scores.
   *
   * @param basedOn the revision the change was made from
   * @throws se.pejl.api.ConflictException when the answer has been revised since
   */
  ResponseRevision revise(MunicipalityCode municipality, long responseId, int basedOn,
      Map<String, Object> answers, Map<String, Double> itemValues, Map<String, Double> scores,
      String changedBy, Instant changedAt, String reason);
}
