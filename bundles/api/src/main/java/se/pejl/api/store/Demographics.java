package se.pejl.api.store;

import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;

/**
 * The snapshot kept with each answer for statistics: taken when the answer is given, so later
 * changes in the host do not move old figures.
 */
public record Demographics(Gender gender, int age, MunicipalityCode municipality, String unit) {}
