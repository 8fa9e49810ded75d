package se.pejl.benchmark;

/**
 * Generated rows as columns, before they are written to the database. Index i of an episode column
 * is the episode with id i + 1, and likewise for answers and links: ids are given explicitly so
 * that the child rows (scores, items, goals) need no generated keys read back.
 */
final class Dataset {
    /** A day column's value for no day. */
    static final int NO_DAY = Integer.MIN_VALUE;
    /** A goal not rated (yet). */
    static final byte NOT_RATED = Byte.MIN_VALUE;

    static final String[] OCCASIONS = {"start", "end", "followup-6m", "review"};
    static final byte START = 0;
    static final byte END = 1;
    static final byte FOLLOWUP = 2;
    static final byte REVIEW = 3;

    static final String[] TYPES = {"support-group", "individual-talks", "family-home", "hvb"};
    static final String[] GENDERS = {"GIRL", "BOY", "OTHER"};
    static final String[] ITEMS = {"q1", "q2", "q3", "q4", "q5"};
    /** q3 and q5 are reversed in child-wellbeing-1.json. */
    static final boolean[] REVERSED = {false, false, true, false, true};

    // Episodes
    int episodes;
    byte[] type;
    short[] unit;
    byte[] gender;
    byte[] ageAtStart;
    int[] start;
    int[] plannedEnd;
    int[] end;
    /** PURPOSE, CONTENT, RESULT written, as bits 1, 2, 4. */
    byte[] documented;

    // Goals, grouped by episode in position order
    int goals;
    int[] goalEpisode;
    byte[] goalPosition;
    byte[] goalRating;

    // Answers to child-wellbeing, grouped by episode
    int answers;
    int[] answerEpisode;
    byte[] occasion;
    int[] answerDay;
    /** Five raw item values per answer, as answered (reverse items not turned). */
    byte[] items;

    // Personal survey links
    int links;
    int[] linkEpisode;
    byte[] linkOccasion;
    int[] linkCreatedDay;
    /** The answer made through the link, or -1 when it was not answered. */
    int[] linkAnswer;
    boolean[] linkWithdrawn;

    static final byte PURPOSE = 1;
    static final byte CONTENT = 2;
    static final byte RESULT = 4;

    int municipality(int episode) {
        return Region.UNITS.get(unit[episode]).municipality();
    }

    /** The child-wellbeing total: the sum of the items with q3 and q5 turned (4 − value). */
    int total(int answer) {
        int sum = 0;
        for (int k = 0; k < ITEMS.length; k++) {
            int v = items[answer * ITEMS.length + k];
            sum += REVERSED[k] ? 4 - v : v;
        }
        return sum;
    }

    /** The child's age on the day, 7–20 by construction. */
    int ageOn(int episode, int day) {
        return Math.min(20, ageAtStart[episode] + Math.max(0, day - start[episode]) / 365);
    }
}
