package se.pejl.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /pejl/api/health}: needs no login, so monitoring can call it. */
@Component(service = HealthResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private final BundleContext context;

  @Activate
  public HealthResource(BundleContext context) {
    this.context = context;
  }

  public record BundleState(String symbolicName, String state) {}

  /**
   * @param problems what keeps Pejl from working when the status is DOWN (e.g. a service whose
   *     component failed to start); absent when UP
   */
  public record Health(String status, List<BundleState> bundles, List<String> problems) {}

  /** Without these, Pejl cannot serve its users even when every bundle is ACTIVE. */
  static final List<String> REQUIRED_SERVICES = List.of(
      "se.pejl.api.store.EpisodeRepository", "se.pejl.api.store.ResponseRepository",
      "se.pejl.api.store.InstrumentDefinitionRepository", "se.pejl.api.forms.InstrumentRegistry",
      "se.pejl.api.followup.FollowUpService", "se.pejl.api.indicators.IndicatorEngine",
      "se.pejl.api.reports.ReportService", "se.pejl.api.host.UserContext");

  @GET
  public Health health() {
    List<Bundle> pejl = Arrays.stream(context.getBundles())
        .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("se.pejl."))
        .sorted(Comparator.comparing(Bundle::getSymbolicName))
        .toList();
    List<String> problems = new java.util.ArrayList<>();
    pejl.stream().filter(b -> !isUp(b)).forEach(b -> problems.add(b.getSymbolicName() + " is " + state(b)));
    REQUIRED_SERVICES.stream().filter(s -> context.getServiceReference(s) == null)
        .forEach(s -> problems.add(s + " is not available"));
    boolean up = !pejl.isEmpty() && problems.isEmpty();
    return new Health(up ? "UP" : "DOWN",
        pejl.stream().map(b -> new BundleState(b.getSymbolicName(), state(b))).toList(),
        up ? null : problems);
  }

  private static boolean isUp(Bundle b) {
    boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    return b.getState() == Bundle.ACTIVE || (fragment && b.getState() == Bundle.RESOLVED);
  }

  private static String state(Bundle b) {
    return switch (b.getState()) {
      case Bundle.ACTIVE -> "ACTIVE";
      case Bundle.RESOLVED -> "RESOLVED";
      case Bundle.INSTALLED -> "INSTALLED";
      case Bundle.STARTING -> "STARTING";
      case Bundle.STOPPING -> "STOPPING";
      default -> "UNINSTALLED";
    };
  }
}
