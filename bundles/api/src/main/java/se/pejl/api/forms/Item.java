package se.pejl.api.forms;

/**
 * One question of an instrument with a whole-number answer between {@code min} and {@code max}.
 *
 * @param id stable within the instrument
 * @param min lowest scale point
 * @param max highest scale point
 * @param textSv the question in Swedish
 * @param textEn the question in English
 * @param reversed scored as {@code min + max - answer}
 */
public record Item(String id, int min, int max, String textSv, String textEn, boolean reversed) {}
