package se.pejl.api.host;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.MunicipalityCode;

/**
 * The host's client records, as Pejl may see them. Implemented by a host adapter; the host owns
 * identity, so implementations give only what {@link ClientSnapshot} holds — never name or
 * personnummer.
 *
 * <p>Each service says which host it is and which municipalities it serves, as the service
 * properties {@link #HOST} (a name shown to users, e.g. in "the host X did not answer") and
 * {@link #MUNICIPALITY} (one or more four-digit codes). Pejl asks the directory that serves the
 * user's municipality.
 *
 * <p>Implementations throw {@link se.pejl.api.HostUnavailableException} when the host does not
 * answer within its timeout.
 */
public interface ClientDirectory {
  /** Service property: the host's name, for users and logs. */
  String HOST = "pejl.host";
  /** Service property: the municipality codes this directory serves (String or String[]). */
  String MUNICIPALITY = "pejl.municipality";

  /** The client with this reference in this municipality, or empty when the host has none. */
  Optional<ClientSnapshot> find(MunicipalityCode municipality, ClientRef ref);

  /** The clients for whom this caseworker is responsible. */
  List<ClientSnapshot> clientsOf(MunicipalityCode municipality, String caseworkerId);

  /** The client's own page in the host, for a link back, when the host has one. */
  default Optional<URI> clientPage(MunicipalityCode municipality, ClientRef ref) {
    return Optional.empty();
  }
}
