package descent.server.http;

/** The port is taken by another process; the message says which and what to do. */
public final class PortInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PortInUseException(String host, int port, Throwable cause) {
    super("port " + port + " on " + host + " is already in use; stop the other program or pick"
        + " another port with --port", cause);
  }
}
