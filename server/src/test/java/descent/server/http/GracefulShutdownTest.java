package descent.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

  @Test
  void stoppingLetsARequestInFlightFinishAndThenRefusesNewConnections() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Routes slow = routes -> routes.get("/api/slow", ctx -> {
      entered.countDown();
      release.await(10, TimeUnit.SECONDS);
      ctx.result("finished");
    });
    DescentServer server = DescentServer.start(new ServerOptions("127.0.0.1", 0),
        DatabaseHealth.none(), List.of(slow));
    String url = server.url();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
        HttpRequest.newBuilder(URI.create(url + "api/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    Thread.sleep(300);
    assertTrue(!stopping.isDone(), "stop waits for the request in flight");
    release.countDown();
    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertEquals("finished", response.body());
    stopping.get(15, TimeUnit.SECONDS);

    HttpClient fresh = HttpClient.newHttpClient();
    assertThrows(IOException.class, () -> fresh.send(
        HttpRequest.newBuilder(URI.create(url + "api/health")).build(),
        HttpResponse.BodyHandlers.ofString()));
  }
}
