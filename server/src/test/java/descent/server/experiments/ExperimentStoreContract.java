package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every store must do; run against SQLite and PostgreSQL by the subclasses. */
abstract class ExperimentStoreContract {

  /** A fresh or reused store; tests use unique ids, so earlier rows never interfere. */
  abstract ExperimentStore store();

  /** Opens the same database again, as a restarted server would. */
  abstract ExperimentStore reopen();

  static String uniqueId() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  static StoredExperiment row(String id, String document) {
    return new StoredExperiment(id, document, "network", "a title", null, 1234L);
  }

  @Test
  void aRowIsStoredOnceAndReadsBackUnchanged() {
    String id = uniqueId();
    StoredExperiment row = new StoredExperiment(id, "{\"a\":1}", "function", "Ünïcødé 🚀 title",
        "parentid1234", 42L);
    assertTrue(store().insertIfAbsent(row));
    assertEquals(Optional.of(row), store().find(id));
  }

  @Test
  void aTakenIdIsNeverOverwritten() {
    String id = uniqueId();
    assertTrue(store().insertIfAbsent(row(id, "{\"first\":true}")));
    assertFalse(store().insertIfAbsent(row(id, "{\"second\":true}")));
    assertEquals("{\"first\":true}", store().find(id).orElseThrow().document());
  }

  @Test
  void anUnknownIdIsEmpty() {
    assertTrue(store().find(uniqueId()).isEmpty());
  }

  @Test
  void aNullTitleAndParentStayNull() {
    String id = uniqueId();
    store().insertIfAbsent(new StoredExperiment(id, "{}", "network", null, null, 1L));
    StoredExperiment read = store().find(id).orElseThrow();
    assertNull(read.title());
    assertNull(read.parent());
  }

  @Test
  void rowsSurviveReopeningAndMigrationsDoNotRunTwice() {
    String id = uniqueId();
    store().insertIfAbsent(row(id, "{\"kept\":true}"));
    try (ExperimentStore again = reopen()) {
      assertEquals("{\"kept\":true}", again.find(id).orElseThrow().document());
    }
  }

  @Test
  void healthIsFineWhileTheDatabaseAnswers() {
    assertNull(store().healthProblem());
  }

  @Test
  void concurrentInsertsOfTheSameIdStoreItExactlyOnce() throws Exception {
    String id = uniqueId();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> store().insertIfAbsent(row(id, "{\"same\":1}"))));
      }
      int stored = 0;
      for (Future<Boolean> result : results) {
        stored += result.get() ? 1 : 0;
      }
      assertEquals(1, stored);
    } finally {
      pool.shutdownNow();
    }
  }
}
