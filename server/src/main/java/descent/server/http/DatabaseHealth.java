package descent.server.http;

/** What /api/health reports about the database. */
public interface DatabaseHealth {
  /** "sqlite" or "postgresql". */
  String kind();

  /** Null when the database answers, else what is wrong. */
  String problem();

  /** For a server without a database (tests of the HTTP layer alone). */
  static DatabaseHealth none() {
    return new DatabaseHealth() {
      @Override
      public String kind() {
        return "none";
      }

      @Override
      public String problem() {
        return null;
      }
    };
  }
}
