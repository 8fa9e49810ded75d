package se.pejl.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.FollowUpService;

/** {@code /pejl/api/episodes}: start, list, read, document, close; revisions, occasions, answers, results. */
@Component(service = EpisodeResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EpisodeResource {
  private final FollowUpService followUp;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  @Activate
  public EpisodeResource(@Reference FollowUpService followUp, @Reference Caller caller) {
    this.followUp = followUp;
    this.caller = caller;
  }

  @POST
  public Response start(Json.EpisodeRequest request) {
    PejlUser user = caller.require(headers, security);
    var e = followUp.startEpisode(user, Json.body(request).toNewEpisode());
    return Response.created(URI.create("episodes/" + e.id())).entity(Json.EpisodeView.of(e)).build();
  }

  @GET
  public Json.Items<Json.EpisodeView> list(@QueryParam("client") String client,
      @QueryParam("caseworker") String caseworker, @QueryParam("unit") String unit,
      @QueryParam("open") String open) {
    Access access = access("GET");
    var query = new EpisodeQuery(client == null || client.isBlank() ? null : new ClientRef(client),
        Params.caseworker(caseworker, access.user()), Params.blankToNull(unit), "true".equals(open));
    return new Json.Items<>(followUp.episodes(access, query).stream().map(Json.EpisodeView::of).toList());
  }

  @GET
  @Path("{id}")
  public Json.EpisodeView one(@PathParam("id") String id) {
    return Json.EpisodeView.of(followUp.episode(access("GET"), Ids.parse(id)));
  }

  @PATCH
  @Path("{id}")
  public Json.EpisodeView change(@PathParam("id") String id, Json.ChangeRequest request) {
    PejlUser user = caller.require(headers, security);
    return Json.EpisodeView.of(followUp.update(user, Ids.parse(id), Json.body(request).toChange()));
  }

  @POST
  @Path("{id}/close")
  public Json.EpisodeView close(@PathParam("id") String id, Json.CloseRequest request) {
    PejlUser user = caller.require(headers, security);
    return Json.EpisodeView.of(followUp.close(user, Ids.parse(id), Json.body(request).toClosing()));
  }

  @GET
  @Path("{id}/revisions")
  public Json.Items<EpisodeRevision> revisions(@PathParam("id") String id) {
    return new Json.Items<>(followUp.revisions(access("GET"), Ids.parse(id)));
  }

  @GET
  @Path("{id}/occasions")
  public Json.Items<Json.OccasionView> occasions(@PathParam("id") String id) {
    return new Json.Items<>(followUp.occasions(access("GET"), Ids.parse(id)).stream()
        .map(Json.OccasionView::of).toList());
  }

  @PUT
  @Path("{id}/occasions/{key}/not-applicable")
  public Json.OccasionView notApplicable(@PathParam("id") String id, @PathParam("key") String key,
      Json.ReasonRequest request) {
    PejlUser user = caller.require(headers, security);
    return Json.OccasionView.of(followUp.markNotApplicable(user, Ids.parse(id), key, Json.body(request).reason()));
  }

  @GET
  @Path("{id}/responses")
  public Json.Items<se.pejl.api.followup.Response> responses(@PathParam("id") String id) {
    return new Json.Items<>(followUp.responses(access("GET"), Ids.parse(id)));
  }

  @GET
  @Path("{id}/results")
  public Json.ResultsView results(@PathParam("id") String id) {
    return Json.ResultsView.of(followUp.results(access("GET"), Ids.parse(id)));
  }

  private Access access(String method) {
    return caller.access(headers, security, uri, method);
  }

}
