package se.pejl.api.forms;

/**
 * One labelled scale point or choice of an item.
 *
 * @param value the number stored and scored
 * @param label what the respondent sees, e.g. "Stämmer helt"
 */
public record Choice(int value, Text label) {}
