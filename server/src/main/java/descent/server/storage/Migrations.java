package descent.server.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema up to date with the versioned SQL scripts in
 * {@code descent/server/db/migration}, the same scripts for SQLite and PostgreSQL. Flyway records
 * what ran, runs each script once, in a transaction where the database allows it, and several
 * instances starting together take its lock in turn. Cleaning is disabled: start-up never drops
 * anything.
 */
public final class Migrations {
  static final String LOCATION = "classpath:descent/server/db/migration";

  private Migrations() {
  }

  /** Applies pending migrations to the database at {@code jdbcUrl}. */
  public static void migrate(String jdbcUrl) {
    try {
      Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(jdbcUrl, null, null)
          .locations(LOCATION)
          .cleanDisabled(true)
          .validateOnMigrate(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot prepare the database " + JdbcUrls.redact(jdbcUrl) + ": "
          + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return JdbcUrls.redact(newline < 0 ? message : message.substring(0, newline));
  }
}
