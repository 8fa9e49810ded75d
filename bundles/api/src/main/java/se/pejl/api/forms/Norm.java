package se.pejl.api.forms;

/**
 * A scale's norm values, for reliable change (Jacobson–Truax) in the indicators.
 *
 * @param mean the norm group's mean
 * @param sd the norm group's standard deviation, above 0
 * @param reliability e.g. Cronbach's alpha or test–retest, between 0 and 1
 */
public record Norm(double mean, double sd, double reliability) {}
