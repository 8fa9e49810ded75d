package se.pejl.api.forms;

/**
 * A group of items shown together, e.g. one BBIC area of a survey.
 *
 * @param id stable within the instrument
 * @param title the heading
 * @param bbicArea the BBIC area key, or {@code null}
 */
public record Section(String id, Text title, String bbicArea) {}
