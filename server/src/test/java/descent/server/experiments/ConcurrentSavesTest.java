package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.server.testing.Documents;
import descent.server.testing.TestDatabases;
import descent.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 8 clients each save 200 experiments at once; every id then reads back its own document. */
class ConcurrentSavesTest {
  private static final int CLIENTS = 8;
  private static final int SAVES_EACH = 200;

  @Test
  void eightClientsSaving200EachLoseNothingOnSqlite(@TempDir Path data) throws Exception {
    try (TestServer server = TestServer.sqlite(data)) {
      saveConcurrentlyAndReadBack(server);
    }
  }

  @Test
  void eightClientsSaving200EachLoseNothingOnPostgresql() throws Exception {
    try (TestServer server = TestServer.postgres(TestDatabases.postgresUrl())) {
      saveConcurrentlyAndReadBack(server);
    }
  }

  private static void saveConcurrentlyAndReadBack(TestServer server) throws Exception {
    Map<String, String> titleById = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        done.add(clients.submit(() -> {
          for (int i = 0; i < SAVES_EACH; i++) {
            String document = Documents.unique();
            HttpResponse<String> saved = server.postJson("/api/experiments", document);
            assertEquals(201, saved.statusCode(), saved.body());
            titleById.put(TestServer.idOf(saved), title(document));
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertEquals(CLIENTS * SAVES_EACH, titleById.size(), "every save got its own id");
    for (Map.Entry<String, String> saved : titleById.entrySet()) {
      HttpResponse<String> read = server.get("/api/experiments/" + saved.getKey());
      assertEquals(200, read.statusCode(), saved.getKey());
      assertEquals(saved.getValue(), title(read.body()), saved.getKey());
    }
  }

  private static String title(String document) {
    int start = document.indexOf("\"title\":") + 8;
    int quote = document.indexOf('"', start);
    return document.substring(quote + 1, document.indexOf('"', quote + 1));
  }
}
