package se.pejl.api.host;

import java.util.List;
import java.util.Optional;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.MunicipalityCode;

/**
 * The host's client records, as Pejl may see them. Implemented by a host adapter; the host owns
 * identity, so implementations give only what {@link ClientSnapshot} holds.
 *
 * <p>Implementations throw {@link se.pejl.api.HostUnavailableException} when the host does not
 * answer in time.
 */
public interface ClientDirectory {

  /** The client with this reference in this municipality, or empty when the host has none. */
  Optional<ClientSnapshot> find(MunicipalityCode municipality, ClientRef ref);

  /** The clients for whom this caseworker is responsible. */
  List<ClientSnapshot> clientsOf(MunicipalityCode municipality, String caseworkerId);
}
