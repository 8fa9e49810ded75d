package se.pejl.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.InvalidInputException;
import se.pejl.api.followup.Draft;
import se.pejl.api.followup.DraftService;

/** {@code /pejl/api/drafts}: forms saved half-filled, finished and submitted later. */
@Component(service = DraftResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DraftResource {
  private final DraftService drafts;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  @Activate
  public DraftResource(@Reference DraftService drafts, @Reference Caller caller) {
    this.drafts = drafts;
    this.caller = caller;
  }

  @POST
  public Response create(Json.AnswerRequest request) {
    var user = caller.require(headers, security);
    Draft d = drafts.create(user, Json.body(request).toSubmission());
    return Response.created(URI.create("drafts/" + d.id())).entity(d).build();
  }

  @GET
  public Json.Items<Draft> list(@QueryParam("episodeId") String episodeId) {
    var access = caller.access(headers, security, uri, "GET");
    if (episodeId == null || episodeId.isBlank()) {
      throw new InvalidInputException("episodeId", "error.answer.episodeRequired");
    }
    return new Json.Items<>(drafts.drafts(access, Ids.parse(episodeId)));
  }

  @GET
  @Path("{id}")
  public Draft one(@PathParam("id") String id) {
    return drafts.draft(caller.access(headers, security, uri, "GET"), Ids.parse(id));
  }

  @PUT
  @Path("{id}")
  public Draft replace(@PathParam("id") String id, Json.DraftChange request) {
    var user = caller.require(headers, security);
    return drafts.replace(user, Ids.parse(id), Json.body(request).answeredOn(), request.answers());
  }

  @POST
  @Path("{id}/submit")
  public Response submit(@PathParam("id") String id) {
    var user = caller.require(headers, security);
    var stored = drafts.submit(user, Ids.parse(id));
    return Response.created(URI.create("responses/" + stored.id())).entity(stored).build();
  }

  @DELETE
  @Path("{id}")
  public Response discard(@PathParam("id") String id) {
    drafts.discard(caller.require(headers, security), Ids.parse(id));
    return Response.noContent().build();
  }

}
