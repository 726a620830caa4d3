package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends ExperimentStoreContract {
  @TempDir
  static Path data;
  private static SqliteStore store;

  @BeforeAll
  static void open() {
    store = SqliteStore.open(data);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Override
  ExperimentStore store() {
    return store;
  }

  @Override
  ExperimentStore reopen() {
    return SqliteStore.open(data);
  }

  @Test
  void theFileIsInWalModeAndEveryConnectionSyncsFully() throws Exception {
    try (Connection connection = SqliteStore.connect("jdbc:sqlite:" + store.file());
        Statement statement = connection.createStatement()) {
      try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
        mode.next();
        assertEquals("wal", mode.getString(1));
      }
      try (ResultSet sync = statement.executeQuery("PRAGMA synchronous")) {
        sync.next();
        assertEquals(2, sync.getInt(1), "2 is FULL");
      }
    }
  }

  @Test
  void theDataDirectoryIsCreatedWhenMissing(@TempDir Path parent) {
    try (SqliteStore nested = SqliteStore.open(parent.resolve("a/b"))) {
      assertEquals(parent.resolve("a/b").resolve(SqliteStore.FILE_NAME).toAbsolutePath(),
          nested.file());
    }
  }
}
