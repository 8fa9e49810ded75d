package se.pejl.api.store;

import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;

/**
 * One scale score of one answer, with the demographic snapshot it was given under.
 *
 * @param instrumentVersion the version of the instrument the answer was given under: scores of
 *     two versions may be compared only where the registry says the scale is unchanged
 *     ({@link se.pejl.api.forms.InstrumentRegistry#comparable})
 */
public record ScoreObservation(
    long episodeId,
    String occasion,
    int instrumentVersion,
    MunicipalityCode municipality,
    Gender gender,
    int age,
    String unit,
    double score) {}
