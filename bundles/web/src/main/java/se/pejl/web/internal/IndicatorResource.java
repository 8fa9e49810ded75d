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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ReportingPeriod;

/**
 * {@code /pejl/api/indicators}: the definitions, and one indicator as a table:
 * {@code /indicators/{id}?by=municipality,gender&period=2025-H1&unit=…&municipality=…&episodeType=…}.
 */
@Component(service = IndicatorResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public final class IndicatorResource {
  private final IndicatorEngine engine;
  private final Caller caller;

  @Activate
  public IndicatorResource(@Reference IndicatorEngine engine, @Reference Caller caller) {
    this.engine = engine;
    this.caller = caller;
  }

  @GET
  public Json.Items<IndicatorInfo> list(@Context HttpHeaders headers, @Context SecurityContext security) {
    caller.require(headers, security);
    return new Json.Items<>(engine.indicators());
  }

  /** Documentation for whoever writes a definition file, so it needs no login like openapi.json. */
  @GET
  @Path("schema.json")
  public byte[] schema() {
    return engine.definitionSchema()
        .orElseThrow(() -> new NotFoundException("error.notFound.path", "/pejl/api/indicators/schema.json"))
        .getBytes(StandardCharsets.UTF_8);
  }

  @GET
  @Path("{id}")
  public IndicatorResult one(@PathParam("id") String id, @QueryParam("by") String by,
      @QueryParam("period") String period, @QueryParam("municipality") String municipality,
      @QueryParam("unit") String unit, @QueryParam("episodeType") String episodeType,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    var user = caller.require(headers, security);
    IndicatorInfo info = engine.indicator(id).orElse(null);
    IndicatorQuery query = new IndicatorQuery(breakdown(by, info),
        Params.blankToNull(period) == null ? null : ReportingPeriod.parse("period", period),
        Params.blankToNull(municipality) == null ? null : MunicipalityCode.of(municipality),
        Params.blankToNull(unit), Params.blankToNull(episodeType));
    return engine.evaluate(user, id, query);
  }

  /**
   * Without {@code by}, the table managers ask for most: municipality × gender as far as allowed,
   * and the splits the indicator always needs.
   */
  static List<String> breakdown(String by, IndicatorInfo info) {
    if (by == null) {
      List<String> dims = new java.util.ArrayList<>(info == null ? List.of() : info.mustSplitBy());
      Stream.of("municipality", "gender").filter(d -> info != null && info.breakdowns().contains(d)).forEach(dims::add);
      return dims;
    }
    return Arrays.stream(by.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
