package se.pejl.followup.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;
import se.pejl.api.store.AuditRepository;

/** The audit log of the user's municipality: written on every read, reviewed by managers. */
@Component(service = AuditLog.class)
public final class DefaultAuditLog implements AuditLog {
  static final int MAX_LIMIT = 10_000;

  private final AuditRepository repository;
  private final Clock clock;

  @Activate
  public DefaultAuditLog(@Reference AuditRepository repository) {
    this(repository, Clock.systemUTC());
  }

  DefaultAuditLog(AuditRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void record(Access access, ClientRef client, String what) {
    PejlUser user = access.user();
    repository.append(user.municipality(), clock.instant(), user.id(), client, what, access.endpoint());
  }

  @Override
  public void recordAll(Access access, Collection<ClientRef> clients, String what) {
    PejlUser user = access.user();
    repository.appendAll(user.municipality(), clock.instant(), user.id(), List.copyOf(clients), what,
        access.endpoint());
  }

  @Override
  public List<AuditEntry> entries(PejlUser manager, AuditQuery query) {
    manager.require(Role.MANAGER);
    if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
      throw new InvalidInputException("limit", "error.audit.limit", query.limit(), MAX_LIMIT);
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      throw new InvalidInputException("to", "error.period.order", query.from(), query.to());
    }
    return repository.find(manager.municipality(), query);
  }

  @Override
  public ChainCheck verify(PejlUser user) {
    user.require(Role.MANAGER, Role.ADMIN);
    return repository.verify(user.municipality());
  }
}
