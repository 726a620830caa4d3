package descent.server.experiments;

import descent.server.storage.ConnectionPool;
import descent.server.storage.JdbcUrls;
import descent.server.storage.Migrations;
import descent.server.storage.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Optional;
import java.util.Properties;

/**
 * Experiments in PostgreSQL, for several server instances behind a load balancer: all state is in
 * the database, and PostgreSQL's own commit is durable (synchronous_commit is on by default) and
 * batches concurrent commits into one flush.
 */
public final class PostgresStore implements ExperimentStore {
  private static final int CONNECTIONS = 8;

  private final ConnectionPool pool;

  private PostgresStore(ConnectionPool pool) {
    this.pool = pool;
  }

  /** Connects, applies migrations and opens the pool; fails with a password-free message. */
  public static PostgresStore open(String jdbcUrl) {
    String shown = JdbcUrls.redact(jdbcUrl);
    Properties properties = new Properties();
    // Fail fast at start-up instead of hanging on an unreachable host.
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("ApplicationName", "descent");
    try (Connection probe = DriverManager.getConnection(jdbcUrl, properties)) {
      probe.isValid(2);
    } catch (Exception e) {
      throw new StoreException("cannot connect to the database " + shown + ": "
          + JdbcUrls.redact(String.valueOf(e.getMessage())), e);
    }
    Migrations.migrate(jdbcUrl);
    return new PostgresStore(new ConnectionPool(
        () -> DriverManager.getConnection(jdbcUrl, properties), CONNECTIONS, shown));
  }

  @Override
  public boolean insertIfAbsent(StoredExperiment experiment) {
    return pool.with(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(ExperimentRows.INSERT)) {
        return ExperimentRows.insert(statement, experiment);
      }
    });
  }

  @Override
  public Optional<StoredExperiment> find(String id) {
    return pool.with(connection -> ExperimentRows.find(connection, id));
  }

  @Override
  public String kind() {
    return "postgresql";
  }

  @Override
  public String healthProblem() {
    try {
      pool.with(connection -> {
        ExperimentRows.ping(connection);
        return null;
      });
      return null;
    } catch (StoreException e) {
      return e.getMessage();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
