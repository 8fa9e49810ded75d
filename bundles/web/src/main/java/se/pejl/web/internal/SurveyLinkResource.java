package se.pejl.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.time.Clock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.InvalidInputException;
import se.pejl.api.survey.CreatedSurveyLink;
import se.pejl.api.survey.SurveyLink;
import se.pejl.api.survey.SurveyLinkService;

/**
 * {@code /pejl/api/survey-links}: make, list and withdraw survey links. The link's address (with
 * its token) is in the answer to POST only: the token is stored as a hash and cannot be shown
 * again. A caseworker who lost it withdraws the link and makes a new one.
 */
@Component(service = SurveyLinkResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("survey-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SurveyLinkResource {
  private final SurveyLinkService links;
  private final Caller caller;
  private final Clock clock = Clock.systemUTC();
  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  @Activate
  public SurveyLinkResource(@Reference SurveyLinkService links, @Reference Caller caller) {
    this.links = links;
    this.caller = caller;
  }

  @POST
  public Response create(Json.SurveyLinkRequest request) {
    var user = caller.require(headers, security);
    CreatedSurveyLink created = links.create(user, Json.body(request).toNewLink());
    // /pejl/api/ -> /pejl/survey/<token>, on the host and port the caseworker used
    URI page = uri.getBaseUri().resolve("../survey/" + created.token());
    return Response.created(URI.create("survey-links/" + created.link().id()))
        .entity(Json.SurveyLinkView.of(created.link(), clock.instant(), page)).build();
  }

  @GET
  public Json.Items<Json.SurveyLinkView> list(@QueryParam("episodeId") String episodeId,
      @QueryParam("groupId") String groupId) {
    List<SurveyLink> found;
    if (episodeId != null && !episodeId.isBlank()) {
      found = links.ofEpisode(caller.access(headers, security, uri, "GET"), Ids.parse(episodeId));
    } else if (groupId != null && !groupId.isBlank()) {
      found = links.ofGroup(caller.require(headers, security), groupId.trim());
    } else {
      throw new InvalidInputException("episodeId", "error.surveyLink.target");
    }
    var now = clock.instant();
    return new Json.Items<>(found.stream().map(l -> Json.SurveyLinkView.of(l, now, null)).toList());
  }

  @DELETE
  @Path("{id}")
  public Json.SurveyLinkView withdraw(@PathParam("id") String id) {
    var user = caller.require(headers, security);
    return Json.SurveyLinkView.of(links.withdraw(user, Ids.parse(id)), clock.instant(), null);
  }
}
