package descent.server.runner;

/** The file or id given to run cannot be used; the message says why (exit code 2). */
public final class BadExperimentException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadExperimentException(String message) {
    super(message);
  }
}
