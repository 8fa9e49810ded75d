package se.pejl.host.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two statements the adapter runs, built once from checked settings. Only the columns Pejl
 * may see are selected, so a view that also holds names or personnummer never hands them over;
 * every value from a caller is a bind parameter.
 */
final class ClientQueries {

  private final HostSettings.Columns columns;
  private final List<String> selected;
  private final String byRef;
  private final String byCaseworker;

  ClientQueries(HostSettings settings) {
    this.columns = settings.columns();
    this.selected = new ArrayList<>(List.of(columns.ref(), columns.gender(), columns.birthDate()));
    if (columns.unit() != null) {
      selected.add(columns.unit());
    }
    String tenancy = columns.municipality() == null ? "" : " AND " + columns.municipality() + " = ?";
    String select = "SELECT " + String.join(", ", selected) + " FROM " + settings.source();
    this.byRef = select + " WHERE " + columns.ref() + " = ?" + tenancy;
    this.byCaseworker = columns.caseworker() == null ? null
        : select + " WHERE " + columns.caseworker() + " = ?" + tenancy + " ORDER BY " + columns.ref();
  }

  /** One client by reference: parameter 1 the ref, 2 the municipality when it has a column. */
  String byRef() {
    return byRef;
  }

  /** A caseworker's clients, or null when no caseworker column is mapped. */
  String byCaseworker() {
    return byCaseworker;
  }

  /** Whether the statements take the municipality code as their second parameter. */
  boolean filtersMunicipality() {
    return columns.municipality() != null;
  }

  /** Every configured column name, for telling an operator which one the view lacks. */
  List<String> configuredColumns() {
    List<String> all = new ArrayList<>(selected);
    all.add(columns.municipality());
    all.add(columns.caseworker());
    all.removeIf(Objects::isNull);
    return all;
  }

  /** 1-based position of the unit column in the select list, or 0 when not mapped. */
  int unitIndex() {
    return columns.unit() == null ? 0 : 4;
  }
}
