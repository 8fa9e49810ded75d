package se.pejl.api.audit;

import java.time.Instant;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;

/**
 * One read of a client's data. Entries are append-only and chained: each {@code hash} covers the
 * entry and the previous entry's hash, so a changed or removed entry breaks the chain.
 *
 * @param sequence 1, 2, 3 … within the municipality; the clients of one list read (a report that
 *     lists many) share its entry's sequence and hash
 * @param at when
 * @param user who (the host's user id)
 * @param municipality whose data
 * @param client which client
 * @param what what was read, e.g. {@code episode 12}
 * @param endpoint from which page or endpoint
 * @param hash SHA-256 over this entry and the previous hash, hex; for a list read over the whole
 *     list of clients, in the order read
 */
public record AuditEntry(
    long sequence,
    Instant at,
    String user,
    MunicipalityCode municipality,
    ClientRef client,
    String what,
    String endpoint,
    String hash) {}
