package se.pejl.api.audit;

import java.time.LocalDate;
import se.pejl.api.ClientRef;

/**
 * Filters for reviewing the audit log (loggkontroll). A null field does not filter.
 *
 * @param user one user's reads
 * @param client reads of one client
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param limit at most this many, newest first (1 … 10,000)
 */
public record AuditQuery(String user, ClientRef client, LocalDate from, LocalDate to, int limit) {}
