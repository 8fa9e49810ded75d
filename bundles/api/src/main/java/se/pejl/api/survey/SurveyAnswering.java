package se.pejl.api.survey;

import java.util.Map;

/**
 * The respondent's side of a survey link. No user is logged in: the token is the only
 * credential, and the respondent reads no client data.
 */
public interface SurveyAnswering {

  /**
   * The survey behind a token.
   *
   * @throws se.pejl.api.NotFoundException when no link has the token
   * @throws SurveyLinkClosedException when it was used, expired or withdrawn
   */
  OpenSurvey open(String token);

  /**
   * Validates, scores and stores the respondent's answers. A personal link's answer is stored for
   * its episode; a group link's answer is stored anonymously for the group.
   *
   * @throws se.pejl.api.InvalidInputException naming each wrong item; nothing is stored
   * @throws SurveyLinkClosedException when it was used, expired or withdrawn meanwhile
   */
  void answer(String token, Map<String, Object> answers);
}
