package se.pejl.host.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.host.ClientDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The demo host's fictitious clients, as Pejl may see them: snapshots, never names. */
@Component(service = ClientDirectory.class, property = {
    DemoClientDirectory.HOST_PROPERTY,
    ClientDirectory.MUNICIPALITY + "=1407",
    ClientDirectory.MUNICIPALITY + "=1494",
    ClientDirectory.MUNICIPALITY + "=1496"})
public final class DemoClientDirectory implements ClientDirectory {

  /** Lets the seeder bind to this directory even when a real host adapter is installed too. */
  static final String HOST_PROPERTY = "pejl.host=demo";

  /** The demo host's own client page, for the link back from Pejl. */
  static final String CLIENT_PAGE = "http://localhost:8080/demo-host/clients/";

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final DemoClients clients;

  @Activate
  public DemoClientDirectory() {
    this(DemoClients.generate(DemoClients.DEFAULT_SEED, LocalDate.now(Clock.system(SWEDEN))));
  }

  DemoClientDirectory(DemoClients clients) {
    this.clients = clients;
  }

  @Override
  public Optional<java.net.URI> clientPage(MunicipalityCode municipality, ClientRef ref) {
    return find(municipality, ref).map(c -> java.net.URI.create(CLIENT_PAGE + ref.value()));
  }

  @Override
  public Optional<ClientSnapshot> find(MunicipalityCode municipality, ClientRef ref) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(ref, "ref");
    return clients.find(municipality, ref).map(DemoClient::snapshot);
  }

  @Override
  public List<ClientSnapshot> clientsOf(MunicipalityCode municipality, String caseworkerId) {
    Objects.requireNonNull(municipality, "municipality");
    return clients.of(municipality).stream()
        .filter(c -> c.caseworker().equals(caseworkerId))
        .map(DemoClient::snapshot)
        .toList();
  }
}
