package se.pejl.api.followup;

import java.time.LocalDate;

/**
 * One scale score of one answer.
 *
 * @param occasion the occasion it was given at, e.g. {@link Occasion#START}
 * @param answeredOn the day of the answer
 * @param instrumentVersion the instrument version the answer was given under
 * @param score the scale score
 */
public record ScorePoint(String occasion, LocalDate answeredOn, int instrumentVersion, double score) {}
