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
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorResult;

/** {@code /pejl/api/indicators}: definitions, and one indicator split by {@code by=…}. */
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

  @GET
  @Path("{id}")
  public IndicatorResult one(@PathParam("id") String id, @QueryParam("by") String by,
      @Context HttpHeaders headers, @Context SecurityContext security) {
    return engine.evaluate(caller.require(headers, security), id, breakdown(by));
  }

  static List<String> breakdown(String by) {
    if (by == null || by.isBlank()) {
      return List.of("municipality", "gender");
    }
    return Arrays.stream(by.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
