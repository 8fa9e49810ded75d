package se.pejl.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.EpisodeQuery;

/** An {@link EpisodeQuery} as SQL conditions on {@code EPISODE e}, for reads over JDBC. */
record EpisodeConditions(String sql, List<Object> values) {

  static EpisodeConditions of(MunicipalityCode m, EpisodeQuery q) {
    StringBuilder sql = new StringBuilder("e.MUNICIPALITY = ?");
    List<Object> values = new ArrayList<>(List.of(m.value()));
    if (q.client() != null) {
      sql.append(" AND e.CLIENT_REF = ?");
      values.add(q.client().value());
    }
    if (q.caseworker() != null) {
      sql.append(" AND e.CASEWORKER = ?");
      values.add(q.caseworker());
    }
    if (q.unit() != null) {
      sql.append(" AND e.UNIT = ?");
      values.add(q.unit());
    }
    if (q.openOnly()) {
      sql.append(" AND e.END_DATE IS NULL");
    }
    if (q.startedBy() != null) {
      sql.append(" AND e.START_DATE <= ?");
      values.add(Date.valueOf(q.startedBy()));
    }
    return new EpisodeConditions(sql.toString(), List.copyOf(values));
  }

  void bind(PreparedStatement p) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      p.setObject(i + 1, values.get(i));
    }
  }
}
