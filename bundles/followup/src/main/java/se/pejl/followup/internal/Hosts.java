package se.pejl.followup.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.host.ClientDirectory;

/**
 * Finds the host adapter that serves a municipality, from the {@link ClientDirectory#MUNICIPALITY}
 * property of each directory service. Adapters come and go (a municipality's configuration is
 * added or changed), so the references are dynamic.
 */
@Component(service = Hosts.class)
public final class Hosts {

  /** A directory, the host's name and the municipalities it serves. */
  record Host(ClientDirectory directory, String name, List<String> municipalities, int ranking, long id) {}

  private final List<Host> hosts = new CopyOnWriteArrayList<>();

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addDirectory(ClientDirectory directory, Map<String, Object> properties) {
    hosts.add(new Host(directory, String.valueOf(properties.getOrDefault(ClientDirectory.HOST, "host")),
        codes(properties.get(ClientDirectory.MUNICIPALITY)),
        properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0,
        (Long) properties.getOrDefault(Constants.SERVICE_ID, 0L)));
  }

  void removeDirectory(ClientDirectory directory) {
    hosts.removeIf(h -> h.directory() == directory);
  }

  /**
   * The host serving the municipality: highest service ranking first, then the oldest service.
   *
   * @throws HostUnavailableException when no host adapter serves it
   */
  Host serving(MunicipalityCode municipality) {
    return hosts.stream()
        .filter(h -> h.municipalities().contains(municipality.value()))
        .min(Comparator.comparingInt((Host h) -> -h.ranking()).thenComparingLong(Host::id))
        .orElseThrow(() -> new HostUnavailableException("(ingen v\u00e4rd f\u00f6r " + municipality + ")", null));
  }

  private static List<String> codes(Object property) {
    if (property instanceof String s) {
      return List.of(s);
    }
    if (property instanceof String[] a) {
      return List.of(a);
    }
    if (property instanceof java.util.Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
