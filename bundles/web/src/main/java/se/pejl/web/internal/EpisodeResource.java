package se.pejl.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;

/** {@code /pejl/api/episodes}: start an episode, read one with its answers. */
@Component(service = EpisodeResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("episodes")
@Produces(MediaType.APPLICATION_JSON)
public final class EpisodeResource {
  private final FollowUpService followUp;
  private final Caller caller;

  @Activate
  public EpisodeResource(@Reference FollowUpService followUp, @Reference Caller caller) {
    this.followUp = followUp;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(Json.EpisodeRequest request, @Context HttpHeaders headers,
      @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    if (request == null) {
      throw new InvalidInputException(null, "error.request.body");
    }
    Episode e = followUp.startEpisode(user, request.toNewEpisode());
    return Response.created(URI.create("episodes/" + e.id())).entity(Json.EpisodeView.of(e)).build();
  }

  @GET
  @Path("{id}")
  public Json.EpisodeView one(@PathParam("id") String id, @Context HttpHeaders headers,
      @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    return Json.EpisodeView.of(followUp.episode(user, Ids.parse(id)));
  }

  @GET
  @Path("{id}/responses")
  public Json.Items<se.pejl.api.followup.Response> responses(@PathParam("id") String id,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    return new Json.Items<>(followUp.responses(user, Ids.parse(id)));
  }
}
