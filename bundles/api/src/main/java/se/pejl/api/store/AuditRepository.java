package se.pejl.api.store;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;

/** The append-only, hash-chained audit log; no entry is ever changed or removed. */
@ProviderType // only Pejl's store implements it, so a new method is a minor change for its callers
public interface AuditRepository {

  /** Appends an entry after the municipality's last one, chained to its hash. */
  AuditEntry append(MunicipalityCode municipality, Instant at, String user, ClientRef client,
      String what, String endpoint);

  /**
   * Appends the read of a list of clients. A list read names thousands of clients: a store may
   * write it as one entry that names them all in order (one sequence and hash, covering every
   * client), or as one entry per client as {@link #append} would one by one. Either way the
   * returned entries, and those {@link #find} gives, are one per client.
   *
   * @since 2.2 (one entry for the list allowed since 2.5)
   */
  default List<AuditEntry> appendAll(MunicipalityCode municipality, Instant at, String user,
      List<ClientRef> clients, String what, String endpoint) {
    return clients.stream().map(c -> append(municipality, at, user, c, what, endpoint)).toList();
  }

  /** The municipality's entries matching the query, newest first. */
  List<AuditEntry> find(MunicipalityCode municipality, AuditQuery query);

  /** Recomputes the municipality's chain from the first entry. */
  ChainCheck verify(MunicipalityCode municipality);
}
