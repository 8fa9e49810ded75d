package se.pejl.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.ClientRef;
import se.pejl.api.PejlUser;
import se.pejl.api.audit.AuditLog;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;

/** {@code /pejl/api/audit}: the municipality's log of reads (loggkontroll), for managers. */
@Component(service = AuditResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
  private final AuditLog audit;
  private final Caller caller;

  @Activate
  public AuditResource(@Reference AuditLog audit, @Reference Caller caller) {
    this.audit = audit;
    this.caller = caller;
  }

  @GET
  public Json.Items<Json.AuditView> list(@QueryParam("user") String user, @QueryParam("client") String client,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    PejlUser manager = caller.require(headers, security);
    var query = new AuditQuery(Params.blankToNull(user),
        client == null || client.isBlank() ? null : new ClientRef(client),
        Params.date("from", from), Params.date("to", to), Params.integer("limit", limit, 500));
    return new Json.Items<>(audit.entries(manager, query).stream().map(Json.AuditView::of).toList());
  }

  /** Recomputes the hash chain: {@code {"intact":true,"entries":n}}. */
  @GET
  @Path("verify")
  public ChainCheck verify(@Context HttpHeaders headers, @Context SecurityContext security) {
    return audit.verify(caller.require(headers, security));
  }
}
