package se.pejl.api.survey;

import java.util.List;
import se.pejl.api.Access;
import se.pejl.api.PejlUser;

/** Survey links as caseworkers make and follow them, within the user's municipality. */
public interface SurveyLinkService {

  /**
   * Makes a link. A personal link needs an episode of the user's municipality whose plan has the
   * occasion; a group link needs at least one episode of that group in the user's municipality.
   */
  CreatedSurveyLink create(PejlUser user, NewSurveyLink link);

  /** The personal links of one episode, newest first (audited). */
  List<SurveyLink> ofEpisode(Access access, long episodeId);

  /** The links of one support group, newest first. */
  List<SurveyLink> ofGroup(PejlUser user, String groupId);

  /** Withdraws a link: from now on it shows the respondent that it no longer works. */
  SurveyLink withdraw(PejlUser user, long linkId);
}
