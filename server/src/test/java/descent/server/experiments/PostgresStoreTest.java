package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.storage.StoreException;
import descent.server.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fails, never skips, when -Ddescent.test.postgres is set and PostgreSQL is down. */
class PostgresStoreTest extends ExperimentStoreContract {
  private static PostgresStore store;

  @BeforeAll
  static void open() {
    store = PostgresStore.open(TestDatabases.postgresUrl());
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Override
  ExperimentStore store() {
    return store;
  }

  @Override
  ExperimentStore reopen() {
    return PostgresStore.open(TestDatabases.postgresUrl());
  }

  @Test
  void theKindIsPostgresql() {
    assertEquals("postgresql", store.kind());
  }

  @Test
  void anUnreachableServerFailsWithAMessageThatNamesTheUrlWithoutThePassword() {
    StoreException error = assertThrows(StoreException.class, () -> PostgresStore.open(
        "jdbc:postgresql://127.0.0.1:1/descent?user=descent&password=s3cret-value"));
    assertTrue(error.getMessage().contains("jdbc:postgresql://127.0.0.1:1/descent"),
        error.getMessage());
    assertTrue(!error.getMessage().contains("s3cret-value"), error.getMessage());
  }
}
