package se.pejl.api.host;

import java.util.Optional;

/**
 * The parts of an incoming HTTP request a host needs to tell who is asking, without tying the
 * api to a servlet version.
 */
public interface RequestView {

  Optional<String> header(String name);

  Optional<String> cookie(String name);

  /** The user the servlet container already authenticated, if any. */
  Optional<String> remoteUser();
}
