package se.pejl.api;

import java.util.List;
import java.util.Locale;

/**
 * A request or answer that Pejl will not store; nothing already stored is changed. (HTTP 400)
 *
 * <p>Names every wrong field it found ({@link #fieldErrors()}), so that a form can mark them all
 * at once; {@link #field()} is the first of them.
 */
public class InvalidInputException extends PejlException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(String field, String key, Object... args) {
    super("invalid_input", field, key, args, null);
    this.errors = field == null ? List.of() : List.of(FieldError.of(field, key, args));
  }

  /**
   * Several wrong fields at once.
   *
   * @param errors at least one
   */
  public InvalidInputException(List<FieldError> errors) {
    super("invalid_input", first(errors).field(), summaryKey(errors), summaryArgs(errors), null);
    this.errors = List.copyOf(errors);
  }

  /** Every wrong field, in the order found; empty when the error is not about a field. */
  public List<FieldError> fieldErrors() {
    return errors;
  }

  @Override
  public String message(Locale locale) {
    if (errors.size() < 2) {
      return super.message(locale);
    }
    // The first error is given in the same language as the summary around it.
    return format(locale, key(), new Object[] {errors.size(), errors.get(0).message(locale)});
  }

  private static FieldError first(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
    return errors.get(0);
  }

  private static String summaryKey(List<FieldError> errors) {
    return errors.size() == 1 ? errors.get(0).key() : "error.fields.several";
  }

  private static Object[] summaryArgs(List<FieldError> errors) {
    FieldError first = errors.get(0);
    return errors.size() == 1 ? first.args().toArray()
        : new Object[] {errors.size(), first.message(Locale.ENGLISH)};
  }
}
