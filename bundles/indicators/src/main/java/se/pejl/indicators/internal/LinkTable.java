package se.pejl.indicators.internal;

/** Survey links as columns: enough for response rates, nothing that reaches a respondent. */
final class LinkTable {
  int size;
  long[] id = new long[0];
  int[] municipality = new int[0];
  int[] unit = new int[0];
  /** The episode of a personal link, 0 for a group link. */
  long[] episode = new long[0];
  int[] group = new int[0];
  int[] instrument = new int[0];
  int[] occasion = new int[0];
  int[] createdDay = new int[0];
  long[] expiresAt = new long[0];
  int[] answers = new int[0];
  byte[] withdrawn = new byte[0];
  /** When the row was last written ({@link Resent#stamp}), 0 when the source did not say. */
  long[] stamp = new long[0];

  int append(long linkId) {
    int row = size++;
    id = Columns.fit(id, size);
    municipality = Columns.fit(municipality, size);
    unit = Columns.fit(unit, size);
    episode = Columns.fit(episode, size);
    group = Columns.fit(group, size);
    instrument = Columns.fit(instrument, size);
    occasion = Columns.fit(occasion, size);
    createdDay = Columns.fit(createdDay, size);
    expiresAt = Columns.fit(expiresAt, size);
    answers = Columns.fit(answers, size);
    withdrawn = Columns.fit(withdrawn, size);
    stamp = Columns.fit(stamp, size);
    id[row] = linkId;
    return row;
  }
}
