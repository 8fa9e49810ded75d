package se.pejl.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.pejl.api.FieldError;
import se.pejl.api.InvalidInputException;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Condition;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;

/**
 * Checks a set of answers against an instrument, item by item in the instrument's order, and
 * collects every wrong field before refusing, so a form can mark them all at once.
 */
final class AnswerChecker {
  /** Free text is kept with the answer; a bound keeps one answer from filling the database. */
  static final int MAX_TEXT = 4000;

  /** Valid answers: normalised, the numeric ones as numbers, and the items that were shown. */
  record Checked(Map<String, Object> answers, Map<String, Double> numbers, Set<String> shown) {}

  Checked check(Instrument instrument, Map<String, Object> given) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> answers = new LinkedHashMap<>();
    Map<String, Double> numbers = new LinkedHashMap<>();
    Set<String> shown = new HashSet<>();
    Set<String> wrong = new HashSet<>();
    for (Item item : instrument.items()) {
      String field = "answers." + item.id();
      Object raw = blankAsMissing(given.get(item.id()));
      Condition when = item.showWhen();
      if (when != null && wrong.contains(when.item())) {
        wrong.add(item.id()); // whether it is shown is unknown; the earlier error says why
        continue;
      }
      if (when != null && !shows(when, answers.get(when.item()))) {
        if (raw != null) {
          errors.add(FieldError.of(field, "error.answer.hidden", item.id(), when.item()));
          wrong.add(item.id());
        }
        continue;
      }
      shown.add(item.id());
      if (raw == null) {
        if (item.required()) {
          errors.add(FieldError.of(field, "error.answer.missing", item.id()));
        }
        continue;
      }
      Object value = normalise(item, raw, field, errors);
      if (value == null) {
        wrong.add(item.id());
        continue;
      }
      answers.put(item.id(), value);
      if (item.type().numeric()) {
        numbers.put(item.id(), ((Number) value).doubleValue());
      }
    }
    new TreeSet<>(given.keySet()).stream().filter(id -> instrument.item(id).isEmpty())
        .forEach(id -> errors.add(FieldError.of("answers." + id, "error.answer.unknownItem", id)));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Checked(answers, numbers, shown);
  }

  private static Object blankAsMissing(Object raw) {
    return raw instanceof String s && s.isBlank() ? null : raw;
  }

  private static boolean shows(Condition when, Object answer) {
    if (answer == null) {
      return false;
    }
    if (when.values().isEmpty()) {
      return true;
    }
    if (answer instanceof Collection<?> chosen) {
      return chosen.stream().anyMatch(when.values()::contains);
    }
    return answer instanceof Number n && when.values().stream().anyMatch(v -> v == n.doubleValue());
  }

  /** The answer in its stored form, or null after adding the error. */
  private static Object normalise(Item item, Object raw, String field, List<FieldError> errors) {
    String id = item.id();
    switch (item.type()) {
      case SINGLE_CHOICE, GOAL_ATTAINMENT -> {
        Integer v = whole(raw);
        if (v == null) {
          errors.add(FieldError.of(field, "error.answer.notNumber", id, String.valueOf(raw)));
        } else if (v < item.min() || v > item.max()) {
          errors.add(FieldError.of(field, "error.answer.outOfRange", id, item.min(), item.max(), v));
        } else if (item.choice(v).isEmpty()) {
          errors.add(FieldError.of(field, "error.answer.notScalePoint", id, points(item), v));
        } else {
          return v;
        }
      }
      case YES_NO -> {
        Integer v = raw instanceof Boolean b ? (b ? 1 : 0) : whole(raw);
        if (v != null && (v == 0 || v == 1)) {
          return v;
        }
        errors.add(FieldError.of(field, "error.answer.yesNo", id, String.valueOf(raw)));
      }
      case NUMBER -> {
        BigDecimal d = decimal(raw);
        if (d == null) {
          errors.add(FieldError.of(field, "error.answer.number", id, String.valueOf(raw)));
        } else if (d.compareTo(BigDecimal.valueOf(item.min())) < 0 || d.compareTo(BigDecimal.valueOf(item.max())) > 0) {
          errors.add(FieldError.of(field, "error.answer.outOfRange", id, item.min(), item.max(), d.toPlainString()));
        } else {
          return d.doubleValue();
        }
      }
      case MULTIPLE_CHOICE -> {
        List<Integer> chosen = chosen(item, raw);
        if (chosen != null) {
          return chosen;
        }
        errors.add(FieldError.of(field, "error.answer.choices", id, points(item), String.valueOf(raw)));
      }
      case DATE -> {
        try {
          if (raw instanceof String s) {
            return LocalDate.parse(s).toString();
          }
        } catch (DateTimeParseException e) {
          // reported below, like any other value that is not a date
        }
        errors.add(FieldError.of(field, "error.answer.dateFormat", id, String.valueOf(raw)));
      }
      case TEXT -> {
        if (raw instanceof String s && s.length() <= MAX_TEXT) {
          return s.strip();
        }
        errors.add(FieldError.of(field, "error.answer.text", id, String.valueOf(MAX_TEXT)));
      }
    }
    return null;
  }

  private static List<Integer> chosen(Item item, Object raw) {
    if (!(raw instanceof Collection<?> values)) {
      return null;
    }
    List<Integer> chosen = new ArrayList<>();
    for (Object value : values) {
      Integer v = whole(value);
      if (v == null || item.choice(v).isEmpty() || chosen.contains(v)) {
        return null;
      }
      chosen.add(v);
    }
    chosen.sort(null);
    return List.copyOf(chosen);
  }

  private static String points(Item item) {
    return item.choices().stream().map(Choice::value).map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** A whole number however JSON or Java carries it (4, 4L, 4.0, BigDecimal 4), else null. */
  static Integer whole(Object raw) {
    BigDecimal d = decimal(raw);
    if (d == null || d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      return null;
    }
    return d.intValueExact();
  }

  private static BigDecimal decimal(Object raw) {
    if (!(raw instanceof Number n)) {
      return null;
    }
    try {
      return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      return null; // NaN or infinite
    }
  }
}
