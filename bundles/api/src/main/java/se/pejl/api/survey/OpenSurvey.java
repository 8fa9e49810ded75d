package se.pejl.api.survey;

import se.pejl.api.forms.Instrument;

/**
 * What a respondent is asked through an open link.
 *
 * @param link the link
 * @param instrument the instrument to answer, in the version that will be stored
 */
public record OpenSurvey(SurveyLink link, Instrument instrument) {}
