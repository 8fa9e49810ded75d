package se.pejl.web.internal;

import jakarta.ws.rs.GET;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportService;

/** {@code /pejl/api/reports}: the list, and one report rendered as {@code ?format=pdf|xlsx|csv|html}. */
@Component(service = ReportResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("reports")
public final class ReportResource {
  private final ReportService reports;
  private final Caller caller;

  @Activate
  public ReportResource(@Reference ReportService reports, @Reference Caller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Json.Items<ReportInfo> list(@Context HttpHeaders headers, @Context SecurityContext security) {
    caller.require(headers, security);
    return new Json.Items<>(reports.reports());
  }

  @GET
  @Path("{id}")
  public Response render(@PathParam("id") String id, @QueryParam("format") String format,
      @Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    ReportFormat f = ReportFormat.parse(format == null ? "pdf" : format).orElseThrow(() ->
        new InvalidInputException("format", "error.report.format", id, format,
            Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).toList()));
    Map<String, String> parameters = new HashMap<>();
    uri.getQueryParameters().forEach((k, v) -> {
      if (!"format".equals(k) && !v.isEmpty()) {
        parameters.put(k, v.get(0));
      }
    });
    RenderedReport report = reports.render(user, id, f, parameters);
    return Response.ok(report.content(), report.format().mediaType())
        .header("Content-Disposition", "inline; filename=\"" + report.fileName() + "\"")
        .build();
  }
}
