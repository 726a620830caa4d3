package descent.server.storage;

/**
 * The database failed or cannot be reached. Its message is safe to show to an operator: it never
 * carries a password (see {@link JdbcUrls#redact}).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
