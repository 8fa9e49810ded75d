package se.pejl.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.FollowUpService;

/** {@code /pejl/api/clients}: the host's clients as Pejl may show them, with their episodes. */
@Component(service = ClientResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
public final class ClientResource {
  private final FollowUpService followUp;
  private final Caller caller;

  @Activate
  public ClientResource(@Reference FollowUpService followUp, @Reference Caller caller) {
    this.followUp = followUp;
    this.caller = caller;
  }

  /** The caseworker's clients ({@code ?caseworker=me}, the default, or another caseworker's id). */
  @GET
  public Json.Items<Json.ClientJson> list(@QueryParam("caseworker") String caseworker,
      @Context HttpHeaders headers, @Context SecurityContext security, @Context UriInfo uri) {
    Access access = caller.access(headers, security, uri, "GET");
    String who = caseworker == null ? access.user().id() : Params.caseworker(caseworker, access.user());
    return new Json.Items<>(followUp.clientsOf(access, who).stream()
        .map(v -> Json.ClientJson.of(v, List.of())).toList());
  }

  @GET
  @Path("{ref}")
  public Json.ClientJson one(@PathParam("ref") String ref, @Context HttpHeaders headers,
      @Context SecurityContext security, @Context UriInfo uri) {
    Access access = caller.access(headers, security, uri, "GET");
    ClientRef client = new ClientRef(ref);
    var view = followUp.client(access, client);
    var episodes = followUp.episodes(access, new EpisodeQuery(client, null, null, false));
    return Json.ClientJson.of(view, episodes.stream().map(Json.EpisodeView::of).toList());
  }
}
