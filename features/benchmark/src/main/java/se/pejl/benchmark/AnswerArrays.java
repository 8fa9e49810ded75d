package se.pejl.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child-wellbeing answers as the database holds them, read once (untimed) into plain arrays
 * for (c): one row per answer with its snapshot, episodes numbered densely, items as floats (NaN
 * when missing), the total as stored.
 */
final class AnswerArrays {
    static final String[] GENDERS = {"GIRL", "BOY", "OTHER"};
    static final int START = 0;
    static final int END = 1;
    static final int FOLLOWUP = 2;
    /** Any other occasion (a placement's review): not among the indicators' occasions. */
    static final int OTHER_OCCASION = 3;
    static final int ITEMS = 5;
    private static final List<String> ITEM_IDS = List.of("q1", "q2", "q3", "q4", "q5");
    static final List<String> OCCASIONS = List.of("start", "end", "followup-6m");

    int size;
    int episodes;
    long[] id;
    int[] episode;
    byte[] municipality;
    byte[] gender;
    byte[] occasion;
    int[] day;
    float[] total;
    float[] items;
    final List<String> municipalities = new ArrayList<>();

    static AnswerArrays read(Connection c) throws SQLException {
        AnswerArrays a = new AnswerArrays();
        a.answers(c);
        a.items(c);
        return a;
    }

    boolean complete(int row) {
        for (int i = 0; i < ITEMS; i++) {
            if (Float.isNaN(items[row * ITEMS + i])) {
                return false;
            }
        }
        return true;
    }

    private void answers(Connection c) throws SQLException {
        int capacity = count(c);
        id = new long[capacity];
        episode = new int[capacity];
        municipality = new byte[capacity];
        gender = new byte[capacity];
        occasion = new byte[capacity];
        day = new int[capacity];
        total = new float[capacity];
        Map<Long, Integer> episodeIndex = new HashMap<>();
        Map<String, Integer> municipalityIndex = new HashMap<>();
        String sql = "SELECT r.ID, r.EPISODE_ID, r.MUNICIPALITY, r.GENDER, r.OCCASION, r.ANSWERED_ON, s.SCORE"
                + " FROM RESPONSE r JOIN RESPONSE_SCORE s ON s.RESPONSE_ID = r.ID"
                + " WHERE r.INSTRUMENT_ID = 'child-wellbeing' AND s.SCALE_ID = 'total' AND r.GENDER IS NOT NULL"
                + " AND r.EPISODE_ID IS NOT NULL ORDER BY r.ID";
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                int i = size++;
                id[i] = rs.getLong(1);
                episode[i] = episodeIndex.computeIfAbsent(rs.getLong(2), e -> episodeIndex.size());
                municipality[i] = (byte) (int) municipalityIndex.computeIfAbsent(rs.getString(3), m -> {
                    municipalities.add(m);
                    return municipalities.size() - 1;
                });
                gender[i] = (byte) Arrays.asList(GENDERS).indexOf(rs.getString(4));
                int o = OCCASIONS.indexOf(rs.getString(5));
                occasion[i] = (byte) (o < 0 ? OTHER_OCCASION : o);
                day[i] = (int) rs.getDate(6).toLocalDate().toEpochDay();
                total[i] = (float) rs.getDouble(7);
            }
        }
        episodes = episodeIndex.size();
    }

    private static int count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM RESPONSE"); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Items found by their answer's id: the ids were read in order, so a binary search finds the row. */
    private void items(Connection c) throws SQLException {
        items = new float[size * ITEMS];
        Arrays.fill(items, Float.NaN);
        try (PreparedStatement p = c.prepareStatement("SELECT RESPONSE_ID, ITEM_ID, ITEM_VALUE FROM RESPONSE_ITEM");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                int row = Arrays.binarySearch(id, 0, size, rs.getLong(1));
                int item = ITEM_IDS.indexOf(rs.getString(2));
                if (row >= 0 && item >= 0) {
                    items[row * ITEMS + item] = (float) rs.getDouble(3);
                }
            }
        }
    }
}
