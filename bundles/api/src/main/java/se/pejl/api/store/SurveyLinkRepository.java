package se.pejl.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Response;
import se.pejl.api.survey.SurveyLink;

/** Stored survey links: only a hash of each token, never the token. */
public interface SurveyLinkRepository {

  /**
   * Stores a new link.
   *
   * @param tokenHash the SHA-256 of the token, as 64 lowercase hex digits
   * @param link the link; its id, usedAt, withdrawnAt and answers are ignored
   */
  SurveyLink insert(String tokenHash, SurveyLink link);

  /** The link whose token has this hash, in any municipality. */
  Optional<SurveyLink> findByTokenHash(String tokenHash);

  Optional<SurveyLink> find(MunicipalityCode municipality, long linkId);

  /** A municipality's personal links of one episode, newest first. */
  List<SurveyLink> ofEpisode(MunicipalityCode municipality, long episodeId);

  /** A municipality's links of one group, newest first. */
  List<SurveyLink> ofGroup(MunicipalityCode municipality, String groupId);

  /** Marks the link withdrawn (once; a second withdrawal keeps the first time). */
  SurveyLink withdraw(MunicipalityCode municipality, long linkId, Instant at);

  /**
   * Stores an answer given through the link, in one transaction with the link's use: a personal
   * link is marked used, a group link counts one more answer.
   *
   * @throws se.pejl.api.survey.SurveyLinkClosedException when the link was withdrawn, has expired,
   *     or (personal) was used, also by a request racing this one; nothing is stored
   */
  Response answer(long linkId, NewAnswer answer, Instant at);
}
