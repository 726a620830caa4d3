package descent.server.experiments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The SQL that both stores share: SQLite (3.24+) and PostgreSQL both speak ON CONFLICT DO NOTHING. */
final class ExperimentRows {
  static final String INSERT = "INSERT INTO experiments (id, document, kind, title, parent, created_at)"
      + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
  static final String SELECT = "SELECT id, document, kind, title, parent, created_at"
      + " FROM experiments WHERE id = ?";

  private ExperimentRows() {
  }

  /** Returns true if the row was inserted, false if its id existed. */
  static boolean insert(PreparedStatement statement, StoredExperiment experiment)
      throws SQLException {
    statement.setString(1, experiment.id());
    statement.setString(2, experiment.document());
    statement.setString(3, experiment.kind());
    statement.setString(4, experiment.title());
    statement.setString(5, experiment.parent());
    statement.setLong(6, experiment.createdAt());
    return statement.executeUpdate() == 1;
  }

  static Optional<StoredExperiment> find(Connection connection, String id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
      statement.setString(1, id);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredExperiment(row.getString(1), row.getString(2),
            row.getString(3), row.getString(4), row.getString(5), row.getLong(6)));
      }
    }
  }

  static void ping(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT 1");
        ResultSet row = statement.executeQuery()) {
      row.next();
    }
  }
}
