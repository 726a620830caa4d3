package descent.server.experiments;

import descent.server.storage.ConnectionPool;
import descent.server.storage.Migrations;
import descent.server.storage.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Experiments in one SQLite file, the default for a single server. The file is in WAL mode with
 * synchronous=FULL, so a commit is on disk when it returns. SQLite allows one writer at a time;
 * {@link GroupCommitWriter} makes that writer commit the inserts of many concurrent saves in one
 * transaction, so durable saves cost one disk flush per batch rather than one each. Readers use
 * their own connections and never wait for the writer (WAL).
 */
public final class SqliteStore implements ExperimentStore {
  static final String FILE_NAME = "descent.sqlite";
  private static final int READERS = 4;
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private final ConnectionPool readers;
  private final GroupCommitWriter writer;
  private final Path file;

  private SqliteStore(Path file, ConnectionPool readers, GroupCommitWriter writer) {
    this.file = file;
    this.readers = readers;
    this.writer = writer;
  }

  /** Opens (creating if needed) {@code dataDirectory/descent.sqlite} and applies migrations. */
  public static SqliteStore open(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dataDirectory + ": " + e, e);
    }
    Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
    String url = "jdbc:sqlite:" + file;
    try (Connection first = connect(url)) {
      // journal_mode is persistent in the file: set it before Flyway's own connection writes.
      first.isValid(1);
    } catch (SQLException e) {
      throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
    }
    Migrations.migrate(url);
    ConnectionPool readers = new ConnectionPool(() -> connect(url), READERS, file.toString());
    Connection writeConnection;
    try {
      writeConnection = connect(url);
    } catch (SQLException e) {
      readers.close();
      throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
    }
    return new SqliteStore(file, readers, new GroupCommitWriter(writeConnection));
  }

  static Connection connect(String url) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    return config.createConnection(url);
  }

  @Override
  public boolean insertIfAbsent(StoredExperiment experiment) {
    return writer.insert(experiment);
  }

  @Override
  public Optional<StoredExperiment> find(String id) {
    return readers.with(connection -> ExperimentRows.find(connection, id));
  }

  @Override
  public String kind() {
    return "sqlite";
  }

  @Override
  public String healthProblem() {
    try {
      readers.with(connection -> {
        ExperimentRows.ping(connection);
        return null;
      });
      return writer.isRunning() ? null : "the writer has stopped";
    } catch (StoreException e) {
      return e.getMessage();
    }
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    writer.close();
    readers.close();
  }
}
