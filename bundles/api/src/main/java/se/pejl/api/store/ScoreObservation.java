package se.pejl.api.store;

import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;

/** One scale score of one answer, with the demographic snapshot it was given under. */
public record ScoreObservation(
    long episodeId,
    String occasion,
    MunicipalityCode municipality,
    Gender gender,
    int age,
    String unit,
    double score) {}
