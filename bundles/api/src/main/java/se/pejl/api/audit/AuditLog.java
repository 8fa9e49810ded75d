package se.pejl.api.audit;

import java.util.List;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.PejlUser;

/** Records and reviews reads of clients' follow-up data. */
public interface AuditLog {

  /** Records that the access read something of this client. */
  void record(Access access, ClientRef client, String what);

  /**
   * Records that the access read something of each of these clients, as {@link #record} for each,
   * in one go: a list of occasions or episodes names many clients at once.
   *
   * @since 1.1
   */
  default void recordAll(Access access, java.util.Collection<ClientRef> clients, String what) {
    clients.forEach(c -> record(access, c, what));
  }

  /** The user's municipality's entries, newest first; managers only. */
  List<AuditEntry> entries(PejlUser manager, AuditQuery query);

  /** Checks the user's municipality's chain; managers and admins. */
  ChainCheck verify(PejlUser user);
}
