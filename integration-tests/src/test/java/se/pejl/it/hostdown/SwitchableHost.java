package se.pejl.it.hostdown;

import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.host.ClientDirectory;

/**
 * A host adapter for Tjörn that a test can take down: while the JVM property {@value #DOWN} is
 * "true" it answers like a host that timed out; otherwise it asks the demo host. Ranked above the
 * demo host, so Pejl asks it first while its bundle is installed.
 */
public final class SwitchableHost implements ClientDirectory, BundleActivator {
  static final String DOWN = "pejl.it.host.down";
  static final String NAME = "Testv\u00e4rden";

  private BundleContext context;

  @Override
  public void start(BundleContext context) {
    this.context = context;
    Dictionary<String, Object> props = new Hashtable<>();
    props.put(ClientDirectory.HOST, NAME);
    props.put(ClientDirectory.MUNICIPALITY, "1407");
    props.put(Constants.SERVICE_RANKING, 100);
    context.registerService(ClientDirectory.class, this, props);
  }

  @Override
  public void stop(BundleContext context) {
    // the framework unregisters the service
  }

  @Override
  public Optional<ClientSnapshot> find(MunicipalityCode municipality, ClientRef ref) {
    return demo().find(municipality, ref);
  }

  @Override
  public List<ClientSnapshot> clientsOf(MunicipalityCode municipality, String caseworkerId) {
    return demo().clientsOf(municipality, caseworkerId);
  }

  private ClientDirectory demo() {
    if (Boolean.getBoolean(DOWN)) {
      throw new HostUnavailableException(NAME, null);
    }
    try {
      Collection<ServiceReference<ClientDirectory>> refs =
          context.getServiceReferences(ClientDirectory.class, "(pejl.host=demo)");
      return context.getService(refs.iterator().next());
    } catch (InvalidSyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
