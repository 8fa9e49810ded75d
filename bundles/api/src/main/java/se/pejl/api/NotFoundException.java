package se.pejl.api;

/**
 * The thing does not exist, or belongs to another municipality: the two are not told apart, so
 * that ids cannot be probed across municipalities. (HTTP 404)
 */
public class NotFoundException extends PejlException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String key, Object... args) {
    super("not_found", null, key, args, null);
  }
}
