package se.pejl.api.survey;

/**
 * A new survey link with its token. Only a hash of the token is stored, so this is the only time
 * anyone sees it: the caseworker passes it on to the respondent.
 *
 * @param link the link
 * @param token the secret part of the link's address ({@code /pejl/survey/<token>})
 */
public record CreatedSurveyLink(SurveyLink link, String token) {}
