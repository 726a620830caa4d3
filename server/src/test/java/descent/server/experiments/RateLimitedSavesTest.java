package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.Documents;
import descent.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitedSavesTest {

  private static HttpRequest.Builder save(TestServer server, String forwardedFor) {
    return HttpRequest.newBuilder(server.uri("/api/experiments"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", forwardedFor)
        .POST(HttpRequest.BodyPublishers.ofString(Documents.unique()));
  }

  @Test
  void savesOverTheBurstAre429WithRetryAfterAndReadsStayOpen(@TempDir Path data) throws Exception {
    try (TestServer server = TestServer.sqlite(data, "--save-burst", "3",
        "--saves-per-minute", "1")) {
      String id = null;
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> saved = server.postJson("/api/experiments", Documents.unique());
        assertEquals(201, saved.statusCode());
        id = TestServer.idOf(saved);
      }
      HttpResponse<String> limited = server.postJson("/api/experiments", Documents.unique());
      assertEquals(429, limited.statusCode());
      long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
      assertTrue(limited.body().startsWith("{\"error\":"), limited.body());
      assertEquals(200, server.get("/api/experiments/" + id).statusCode());
    }
  }

  @Test
  void aForgedForwardedForDoesNotEscapeTheLimitByDefault(@TempDir Path data) throws Exception {
    try (TestServer server = TestServer.sqlite(data, "--save-burst", "2",
        "--saves-per-minute", "1")) {
      assertEquals(201, server.send(save(server, "1.1.1.1")).statusCode());
      assertEquals(201, server.send(save(server, "2.2.2.2")).statusCode());
      assertEquals(429, server.send(save(server, "3.3.3.3")).statusCode());
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBucket(@TempDir Path data)
      throws Exception {
    try (TestServer server = TestServer.sqlite(data, "--save-burst", "1",
        "--saves-per-minute", "1", "--trust-proxy")) {
      assertEquals(201, server.send(save(server, "1.1.1.1")).statusCode());
      assertEquals(201, server.send(save(server, "2.2.2.2")).statusCode());
      assertEquals(429, server.send(save(server, "9.9.9.9, 1.1.1.1")).statusCode());
    }
  }
}
