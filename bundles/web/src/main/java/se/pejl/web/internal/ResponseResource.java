package se.pejl.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import se.pejl.api.followup.FollowUpService;

/** {@code POST /pejl/api/responses}: submit the answers to one instrument at one occasion. */
@Component(service = ResponseResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("responses")
@Produces(MediaType.APPLICATION_JSON)
public final class ResponseResource {
  private final FollowUpService followUp;
  private final Caller caller;

  @Activate
  public ResponseResource(@Reference FollowUpService followUp, @Reference Caller caller) {
    this.followUp = followUp;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(Json.AnswerRequest request, @Context HttpHeaders headers,
      @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    if (request == null) {
      throw new InvalidInputException(null, "error.request.body");
    }
    se.pejl.api.followup.Response stored = followUp.submit(user, request.toSubmission());
    return Response.created(URI.create("responses/" + stored.id())).entity(stored).build();
  }
}
