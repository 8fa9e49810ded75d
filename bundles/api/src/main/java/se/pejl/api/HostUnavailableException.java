package se.pejl.api;

/** The host system did not answer in time; the caller may try again later. (HTTP 503) */
public class HostUnavailableException extends PejlException {
  private static final long serialVersionUID = 1L;

  public HostUnavailableException(String host, Throwable cause) {
    super("host_unavailable", null, "error.host.unavailable", new Object[] {host}, cause);
  }
}
