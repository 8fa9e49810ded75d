package se.pejl.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import se.pejl.api.PejlUser;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.ResponseRevision;
import se.pejl.api.followup.ResponseService;

/**
 * {@code /pejl/api/responses}: submit the answers to one instrument at one occasion; read an
 * answer and its revisions; edit it into a new revision.
 */
@Component(service = ResponseResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("responses")
@Produces(MediaType.APPLICATION_JSON)
public final class ResponseResource {
  private final FollowUpService followUp;
  private final ResponseService responses;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  @Activate
  public ResponseResource(@Reference FollowUpService followUp, @Reference ResponseService responses,
      @Reference Caller caller) {
    this.followUp = followUp;
    this.responses = responses;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(Json.AnswerRequest request) {
    PejlUser user = caller.require(headers, security);
    se.pejl.api.followup.Response stored = followUp.submit(user, Json.body(request).toSubmission());
    return Response.created(URI.create("responses/" + stored.id())).entity(stored).build();
  }

  @GET
  @Path("{id}")
  public ResponseRevision one(@PathParam("id") String id) {
    return responses.response(caller.access(headers, security, uri, "GET"), Ids.parse(id));
  }

  @GET
  @Path("{id}/revisions")
  public Json.Items<ResponseRevision> revisions(@PathParam("id") String id) {
    return new Json.Items<>(responses.revisions(caller.access(headers, security, uri, "GET"), Ids.parse(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ResponseRevision revise(@PathParam("id") String id, Json.RevisionRequest request) {
    PejlUser user = caller.require(headers, security);
    Json.RevisionRequest body = Json.body(request);
    return responses.revise(user, Ids.parse(id), body.basedOn(), body.answers(), body.reason());
  }
}
