package descent.server.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the PostgreSQL tests connect. bin/test starts PostgreSQL and passes its URL as the system
 * property {@value #PROPERTY}; a developer running Maven directly without it gets those tests
 * skipped with a message. When the property is set and the server is down, the tests fail: the
 * PostgreSQL store must not silently go untested in CI.
 */
public final class TestDatabases {
  public static final String PROPERTY = "descent.test.postgres";
  public static final String ENVIRONMENT = "DESCENT_TEST_POSTGRES";

  private TestDatabases() {
  }

  /** The PostgreSQL JDBC URL, or aborts (skips) the test when none is configured. */
  public static String postgresUrl() {
    String url = System.getProperty(PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(ENVIRONMENT);
    }
    assumeTrue(url != null && !url.isBlank(), "PostgreSQL tests skipped: set -D" + PROPERTY
        + "=jdbc:postgresql://... (bin/test does) to run them");
    return url;
  }
}
