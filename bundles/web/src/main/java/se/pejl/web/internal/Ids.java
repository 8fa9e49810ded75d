package se.pejl.web.internal;

import se.pejl.api.NotFoundException;

final class Ids {
  private Ids() {}

  /** A path id that is not a number names nothing that exists: 404, as for any other id. */
  static long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("error.episode.notFound", id);
    }
  }
}
