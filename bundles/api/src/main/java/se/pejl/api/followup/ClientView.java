package se.pejl.api.followup;

import java.net.URI;
import se.pejl.api.ClientSnapshot;

/**
 * A client as Pejl shows it: the host's snapshot (no name, no personnummer) and a link back to
 * the client's page in the host, when it has one.
 */
public record ClientView(ClientSnapshot snapshot, int age, URI hostPage) {}
