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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import se.pejl.api.reports.ReportRun;
import se.pejl.api.reports.ReportService;

/**
 * {@code /pejl/api/reports}: the list; one report rendered while the caller waits
 * ({@code GET /reports/{id}?format=pdf|xlsx|csv|html&<parameters>}); and runs in the background
 * that the report page polls, cancels and downloads ({@code /reports/{id}/runs},
 * {@code /reports/runs/{runId}[/content]}).
 */
@Component(service = ReportResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("reports")
public final class ReportResource {
  private static final String FORMAT = "format";

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
  public Response render(@PathParam("id") String id, @QueryParam(FORMAT) String format,
      @Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    RenderedReport report = reports.render(user, id, format(id, format), parameters(uri.getQueryParameters(), null));
    return file(report, "inline");
  }

  /** The page's form, posted as {@code application/x-www-form-urlencoded}; the body wins over the query. */
  @POST
  @Path("{id}/runs")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response startWithForm(@PathParam("id") String id, MultivaluedMap<String, String> form,
      @Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
    PejlUser user = caller.require(headers, security);
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    String format = form != null && form.getFirst(FORMAT) != null ? form.getFirst(FORMAT) : query.getFirst(FORMAT);
    ReportRun run = reports.start(user, id, format(id, format), parameters(query, form));
    // Relative: the runtime resolves it against /pejl/api/, as for every other created resource.
    return Response.accepted(run)
        .location(UriBuilder.fromPath("reports/runs/{runId}").build(run.id()))
        .build();
  }

  /** Without a body: every parameter in the query. */
  @POST
  @Path("{id}/runs")
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("id") String id,
      @Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
    return startWithForm(id, new MultivaluedHashMap<>(), uri, headers, security);
  }

  @GET
  @Path("runs/{runId}")
  @Produces(MediaType.APPLICATION_JSON)
  public ReportRun run(@PathParam("runId") String runId,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    return reports.run(caller.require(headers, security), runId);
  }

  /** The finished report; 409 (from the service) while it runs, or when it failed or was cancelled. */
  @GET
  @Path("runs/{runId}/content")
  public Response content(@PathParam("runId") String runId,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    return file(reports.result(caller.require(headers, security), runId), "attachment");
  }

  @DELETE
  @Path("runs/{runId}")
  @Produces(MediaType.APPLICATION_JSON)
  public ReportRun cancel(@PathParam("runId") String runId,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    return reports.cancel(caller.require(headers, security), runId);
  }

  private static ReportFormat format(String id, String format) {
    return ReportFormat.parse(format == null || format.isBlank() ? "pdf" : format.trim()).orElseThrow(() ->
        new InvalidInputException(FORMAT, "error.report.format", id, format,
            Arrays.stream(ReportFormat.values()).map(ReportFormat::extension).toList()));
  }

  /**
   * Every parameter but {@code format}, the first value of each, passed on as given: the service
   * rejects a name the report does not take, and says what an empty value means.
   */
  private static Map<String, String> parameters(MultivaluedMap<String, String> query,
      MultivaluedMap<String, String> form) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (MultivaluedMap<String, String> source : Arrays.asList(query, form)) {
      if (source == null) {
        continue;
      }
      source.forEach((name, values) -> {
        if (!FORMAT.equals(name) && values != null && !values.isEmpty()) {
          parameters.put(name, values.get(0));
        }
      });
    }
    return parameters;
  }

  /**
   * The report's bytes; never cached, since a report may show one client's personal data. With
   * their length, so a browser shows how far the download has come and no chunks are framed.
   */
  private static Response file(RenderedReport report, String disposition) {
    byte[] content = report.content();
    Response.ResponseBuilder response = Response.ok(content, report.format().mediaType())
        .header("Content-Length", content.length)
        .header("Content-Disposition", disposition(disposition, report.fileName(), report.format()))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
    if (report.format() == ReportFormat.HTML) {
      // shown on Pejl's own origin: no script in it may run as the user (not for PDF, which
      // Chrome's viewer then refuses to show)
      response.header("Content-Security-Policy", "sandbox");
    }
    return response.build();
  }

  /**
   * {@code attachment; filename="…"}: the quoted name in plain ASCII, and the real name
   * (å, ä, ö …) in {@code filename*} as RFC 6266 allows, when the two differ.
   */
  static String disposition(String type, String fileName, ReportFormat format) {
    String name = fileName == null || fileName.isBlank() ? "report." + format.extension() : fileName;
    StringBuilder ascii = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    String header = type + "; filename=\"" + ascii + "\"";
    if (ascii.toString().equals(name)) {
      return header;
    }
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return header + "; filename*=UTF-8''" + encoded;
  }
}
