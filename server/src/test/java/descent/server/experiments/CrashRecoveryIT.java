package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.Documents;
import descent.server.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise: every save answered 201 survives a kill -9 of the server in the middle
 * of concurrent saves.
 */
class CrashRecoveryIT {
  private static final Pattern ID = Pattern.compile("\"id\":\"([a-z2-7]+)\"");
  private static final int CLIENTS = 8;

  @Test
  void everySaveAnswered201ReadsBackAfterAKillDashNineAndARestart(@TempDir Path data)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    ServerProcess server = ServerProcess.start("--data", data.toString(),
        "--saves-per-minute", "0");
    String url = server.url();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          String document = Documents.unique();
          HttpResponse<String> saved;
          try {
            saved = client.send(HttpRequest.newBuilder(URI.create(url + "api/experiments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());
          } catch (Exception e) {
            return null; // the server died under us: this save was never acknowledged
          }
          if (saved.statusCode() == 201) {
            Matcher id = ID.matcher(saved.body());
            assertTrue(id.find(), saved.body());
            acknowledged.put(id.group(1), document);
          }
        }
        return null;
      }));
    }
    // Let saves pile up, then pull the plug while they are in flight.
    long deadline = System.currentTimeMillis() + 20_000;
    while (acknowledged.size() < 300 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    server.kill();
    for (Future<?> future : running) {
      future.get();
    }
    clients.shutdownNow();
    assertTrue(acknowledged.size() >= 100, "saves before the kill: " + acknowledged.size());

    try (ServerProcess restarted = ServerProcess.start("--data", data.toString())) {
      List<String> lost = new ArrayList<>();
      for (String id : acknowledged.keySet()) {
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(
            URI.create(restarted.url() + "api/experiments/" + id)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (read.statusCode() != 200) {
          lost.add(id);
        }
      }
      assertEquals(List.of(), lost, "of " + acknowledged.size() + " acknowledged saves");
    }
  }
}
