package se.pejl.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.Access;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.OccasionQuery;

/**
 * {@code GET /pejl/api/occasions?status=due,overdue&caseworker=me|<id>&unit=<unit>}: what is due
 * for a caseworker's clients, or per unit for a manager.
 */
@Component(service = OccasionResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("occasions")
@Produces(MediaType.APPLICATION_JSON)
public final class OccasionResource {
  private final FollowUpService followUp;
  private final Caller caller;

  @Activate
  public OccasionResource(@Reference FollowUpService followUp, @Reference Caller caller) {
    this.followUp = followUp;
    this.caller = caller;
  }

  @GET
  public Json.Items<Json.OccasionView> list(@QueryParam("status") String status,
      @QueryParam("caseworker") String caseworker, @QueryParam("unit") String unit,
      @Context HttpHeaders headers, @Context SecurityContext security, @Context UriInfo uri) {
    Access access = caller.access(headers, security, uri, "GET");
    var query = new OccasionQuery(Params.statuses(status), Params.caseworker(caseworker, access.user()),
        Params.blankToNull(unit));
    return new Json.Items<>(followUp.occasions(access, query).stream().map(Json.OccasionView::of).toList());
  }
}
