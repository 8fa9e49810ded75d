package se.pejl.api.store;

import java.time.Instant;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;

/** The append-only, hash-chained audit log; no entry is ever changed or removed. */
public interface AuditRepository {

  /** Appends an entry after the municipality's last one, chained to its hash. */
  AuditEntry append(MunicipalityCode municipality, Instant at, String user, ClientRef client,
      String what, String endpoint);

  /** The municipality's entries matching the query, newest first. */
  List<AuditEntry> find(MunicipalityCode municipality, AuditQuery query);

  /** Recomputes the municipality's chain from the first entry. */
  ChainCheck verify(MunicipalityCode municipality);
}
