package se.pejl.api.indicators;

import java.util.List;

/**
 * What an indicator measures, in Swedish and English.
 *
 * @param id stable id, e.g. {@code wellbeing-improved}
 * @param nameSv name in Swedish
 * @param nameEn name in English
 * @param descriptionSv how it is computed, in Swedish
 * @param descriptionEn how it is computed, in English
 * @param bbicArea the BBIC area, or {@code process}
 * @param kind share, mean, count, change …
 * @param breakdowns the dimensions it may be split by
 */
public record IndicatorInfo(
    String id,
    String nameSv,
    String nameEn,
    String descriptionSv,
    String descriptionEn,
    String bbicArea,
    String kind,
    List<String> breakdowns) {

  public IndicatorInfo {
    breakdowns = List.copyOf(breakdowns);
  }
}
