package se.pejl.api.survey;

/**
 * What a caseworker gives to make a survey link: either an episode (a personal link, used once)
 * or a support group (a group link, answered anonymously by any number of its children).
 *
 * @param episodeId the episode, for a personal link; null for a group link
 * @param groupId the support group, for a group link; null for a personal link
 * @param occasion the occasion, e.g. {@code start}
 * @param instrumentId the instrument to answer
 * @param language {@code sv} (the default) or {@code en}: the language of the respondent's pages
 * @param validDays how many days the link works, 1–60; 14 when null
 */
public record NewSurveyLink(Long episodeId, String groupId, String occasion, String instrumentId,
    String language, Integer validDays) {}
