package se.pejl.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Dataset} into a Pejl database that Liquibase has made, over plain JDBC from the
 * benchmark's own Derby while the framework is stopped: batched inserts, auto-commit off, a commit
 * per batch so the transaction log stays small. Rows are written as the store would write them;
 * only the columns the schema allows to be null are left null.
 *
 * <p>Before anything is written the schema is checked: a NOT NULL column without a default that
 * this class does not fill (the schema moved on) stops the load with its name, rather than failing
 * on the first insert or, worse, loading rows the store would never write.
 */
final class BulkLoad {
    private static final int BATCH = 5_000;
    private static final String INSTRUMENT = "child-wellbeing";

    /** Every column written, per table: the single source for the inserts and the schema check. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("EPISODE", List.of("ID", "CASEWORKER", "CLIENT_REF", "END_DATE", "MUNICIPALITY", "PURPOSE",
                "START_DATE", "EPISODE_TYPE", "UNIT", "GROUP_ID", "PLANNED_END", "CONTENT", "RESULT", "END_REASON",
                "REVISION", "UPDATED_AT"));
        COLUMNS.put("EPISODE_GOAL", List.of("EPISODE_ID", "GOAL", "POSITION", "ATTAINMENT"));
        COLUMNS.put("RESPONSE", List.of("ID", "AGE", "ANSWERED_ON", "EPISODE_ID", "GENDER", "INSTRUMENT_ID",
                "INSTRUMENT_VERSION", "MUNICIPALITY", "OCCASION", "UNIT", "RECEIVED_AT", "ANONYMOUS", "RECORDED_BY",
                "REVISION", "UPDATED_AT"));
        COLUMNS.put("RESPONSE_SCORE", List.of("RESPONSE_ID", "SCORE", "SCALE_ID"));
        COLUMNS.put("RESPONSE_ITEM", List.of("RESPONSE_ID", "ITEM_VALUE", "ITEM_ID"));
        COLUMNS.put("SURVEY_LINK", List.of("ID", "ANSWER_COUNT", "CREATED_AT", "CREATED_BY", "EPISODE_ID",
                "EXPIRES_AT", "INSTRUMENT_ID", "LANGUAGE", "MUNICIPALITY", "OCCASION", "TOKEN_HASH", "UNIT", "USED_AT",
                "WITHDRAWN_AT", "UPDATED_AT"));
    }

    private static final String PURPOSE = "Ge barnet kunskap om förälderns sjukdom eller beroende och möjlighet"
            + " att möta andra barn i samma situation.";
    private static final String CONTENT = "Tio träffar i grupp med samtal, övningar och kunskap om förälderns"
            + " sjukdom eller beroende.";
    private static final String RESULT = "Barnet har deltagit i alla träffar och säger att det mår bättre.";
    private static final String[] GOALS = {"Barnet vet att det inte är ensamt om sin situation.",
        "Barnet kan sätta ord på sina känslor.", "Barnet vet vart det kan vända sig för att få stöd."};

    private final Connection c;
    private final Dataset d;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    BulkLoad(Connection c, Dataset d) {
        this.c = c;
        this.d = d;
    }

    /** Rows written per table. */
    Map<String, Long> load() throws SQLException {
        SchemaCheck.requireFilled(c, COLUMNS);
        c.setAutoCommit(false);
        episodes();
        goals();
        answers();
        links();
        // The ids were given explicitly; the store's own inserts must continue after them.
        restartIdentity("EPISODE", d.episodes);
        restartIdentity("RESPONSE", d.answers);
        restartIdentity("SURVEY_LINK", d.links);
        c.commit();
        return rows;
    }

    private void episodes() throws SQLException {
        try (Batch b = new Batch("EPISODE", true)) {
            for (int e = 0; e < d.episodes; e++) {
                PreparedStatement p = b.p;
                Region.Unit unit = Region.UNITS.get(d.unit[e]);
                String municipality = Region.MUNICIPALITIES.get(unit.municipality()).code();
                boolean closed = d.end[e] != Dataset.NO_DAY;
                p.setLong(1, e + 1L);
                p.setString(2, "handlaggare." + municipality + "." + (e % 7));
                p.setString(3, "K" + municipality + "-" + (e + 1));
                setDay(p, 4, d.end[e]);
                p.setString(5, municipality);
                p.setString(6, (d.documented[e] & Dataset.PURPOSE) != 0 ? PURPOSE : null);
                setDay(p, 7, d.start[e]);
                p.setString(8, Dataset.TYPES[d.type[e]]);
                p.setString(9, unit.name());
                // Children who start in the same month in the same unit form one support group.
                p.setString(10, d.type[e] == 0 ? unit.name() + " " + LocalDate.ofEpochDay(d.start[e]).toString()
                        .substring(0, 7) : null);
                setDay(p, 11, d.plannedEnd[e]);
                p.setString(12, (d.documented[e] & Dataset.CONTENT) != 0 ? CONTENT : null);
                p.setString(13, (d.documented[e] & Dataset.RESULT) != 0 ? RESULT : null);
                p.setString(14, closed ? "Insatsen avslutad enligt plan." : null);
                p.setInt(15, 0);
                p.setTimestamp(16, at(closed ? d.end[e] : d.start[e], e));
                b.add();
            }
        }
    }

    private void goals() throws SQLException {
        try (Batch b = new Batch("EPISODE_GOAL", true)) {
            for (int g = 0; g < d.goals; g++) {
                b.p.setLong(1, d.goalEpisode[g] + 1L);
                b.p.setString(2, GOALS[d.goalPosition[g]]);
                b.p.setInt(3, d.goalPosition[g]);
                if (d.goalRating[g] == Dataset.NOT_RATED) {
                    b.p.setNull(4, Types.INTEGER);
                } else {
                    b.p.setInt(4, d.goalRating[g]);
                }
                b.add();
            }
        }
    }

    /** Answers first, then their scores and items: the foreign keys need the answers committed before. */
    private void answers() throws SQLException {
        try (Batch answers = new Batch("RESPONSE", true); Batch scores = new Batch("RESPONSE_SCORE", false);
                Batch items = new Batch("RESPONSE_ITEM", false)) {
            for (int a = 0; a < d.answers; a++) {
                int e = d.answerEpisode[a];
                Region.Unit unit = Region.UNITS.get(d.unit[e]);
                String municipality = Region.MUNICIPALITIES.get(unit.municipality()).code();
                int day = d.answerDay[a];
                Timestamp received = at(day, a);
                PreparedStatement p = answers.p;
                p.setLong(1, a + 1L);
                p.setInt(2, d.ageOn(e, day));
                setDay(p, 3, day);
                p.setLong(4, e + 1L);
                p.setString(5, Dataset.GENDERS[d.gender[e]]);
                p.setString(6, INSTRUMENT);
                p.setInt(7, 1);
                p.setString(8, municipality);
                p.setString(9, Dataset.OCCASIONS[d.occasion[a]]);
                p.setString(10, unit.name());
                p.setTimestamp(11, received);
                p.setShort(12, (short) 0);
                p.setString(13, "handlaggare." + municipality + "." + (e % 7));
                p.setInt(14, 1);
                p.setTimestamp(15, received);
                boolean flushed = answers.add();
                scores.p.setLong(1, a + 1L);
                scores.p.setDouble(2, d.total(a));
                scores.p.setString(3, "total");
                scores.add();
                for (int k = 0; k < Dataset.ITEMS.length; k++) {
                    items.p.setLong(1, a + 1L);
                    items.p.setDouble(2, d.items[a * 5 + k]);
                    items.p.setString(3, Dataset.ITEMS[k]);
                    items.add();
                }
                if (flushed) {
                    // The answers of this batch are in; their scores and items may follow now.
                    scores.flush();
                    items.flush();
                }
            }
            answers.flush();
            scores.flush();
            items.flush();
        }
    }

    private void links() throws SQLException {
        try (Batch b = new Batch("SURVEY_LINK", true)) {
            for (int l = 0; l < d.links; l++) {
                int e = d.linkEpisode[l];
                Region.Unit unit = Region.UNITS.get(d.unit[e]);
                String municipality = Region.MUNICIPALITIES.get(unit.municipality()).code();
                Timestamp created = at(d.linkCreatedDay[l], l);
                Timestamp used = d.linkAnswer[l] >= 0 ? at(d.answerDay[d.linkAnswer[l]], l) : null;
                Timestamp withdrawn = d.linkWithdrawn[l] ? at(d.linkCreatedDay[l] + 2, l) : null;
                PreparedStatement p = b.p;
                p.setLong(1, l + 1L);
                p.setInt(2, used == null ? 0 : 1);
                p.setTimestamp(3, created);
                p.setString(4, "handlaggare." + municipality + "." + (e % 7));
                p.setLong(5, e + 1L);
                p.setTimestamp(6, at(d.linkCreatedDay[l] + 14, l));
                p.setString(7, INSTRUMENT);
                p.setString(8, "sv");
                p.setString(9, municipality);
                p.setString(10, Dataset.OCCASIONS[d.linkOccasion[l]]);
                // Unique like the SHA-256 of a token; no token exists, so no link can be opened.
                p.setString(11, String.format("%064x", l + 1L));
                p.setString(12, unit.name());
                p.setTimestamp(13, used);
                p.setTimestamp(14, withdrawn);
                p.setTimestamp(15, withdrawn != null ? withdrawn : used != null ? used : created);
                b.add();
            }
        }
    }

    private void restartIdentity(String table, int lastId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + (lastId + 1L));
        }
    }

    private static void setDay(PreparedStatement p, int index, int day) throws SQLException {
        if (day == Dataset.NO_DAY) {
            p.setNull(index, Types.DATE);
        } else {
            p.setDate(index, Date.valueOf(LocalDate.ofEpochDay(day)));
        }
    }

    /** A time during office hours of the day, in the JVM's zone as the store writes its TIMESTAMPs. */
    private static Timestamp at(int day, int spread) {
        return Timestamp.valueOf(LocalDateTime.of(LocalDate.ofEpochDay(day), java.time.LocalTime.of(8, 0))
                .plusMinutes(spread % 540));
    }

    /**
     * One table's insert, sent and committed every {@link #BATCH} rows. A child table's batch is
     * sent only when its parent's was ({@code autoFlush} false), as its rows refer to the parent's.
     */
    private final class Batch implements AutoCloseable {
        final PreparedStatement p;
        private final String table;
        private final boolean autoFlush;
        private int pending;
        private long written;

        Batch(String table, boolean autoFlush) throws SQLException {
            this.table = table;
            this.autoFlush = autoFlush;
            List<String> columns = COLUMNS.get(table);
            this.p = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
        }

        /** Adds the row; true when the batch was sent with it. */
        boolean add() throws SQLException {
            p.addBatch();
            written++;
            if (++pending >= BATCH && autoFlush) {
                flush();
                return true;
            }
            return false;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                p.executeBatch();
                c.commit();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                rows.merge(table, written, Long::sum);
            } finally {
                p.close();
            }
        }
    }
}
