package descent.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DescentServerTest {
  private static DescentServer server;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = DescentServer.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void portZeroPicksAFreePortAndTheUrlNamesIt() {
    assertTrue(server.port() > 0);
    assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
  }

  @Test
  void thePlaygroundPageIsServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<byte[]> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(new String(page.body()).contains("data-testid=\"engine-backend\""));
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self' 'wasm-unsafe-eval'"), policy);
    assertTrue(!policy.contains("unsafe-inline"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  @Test
  void theWasmBuildIsServedAsApplicationWasm() throws Exception {
    HttpResponse<byte[]> wasm = get("/wasm/descent.wasm");
    assertEquals(200, wasm.statusCode());
    assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElseThrow());
    byte[] magic = {0x00, 0x61, 0x73, 0x6d};
    for (int i = 0; i < magic.length; i++) {
      assertEquals(magic[i], wasm.body()[i]);
    }
  }

  @Test
  void bothEngineBuildsAndTheLoaderAreServedAsJavaScript() throws Exception {
    for (String path : new String[] {"/js/descent.js", "/wasm/descent.wasm-runtime.js",
        "/app/main.js"}) {
      HttpResponse<byte[]> script = get(path);
      assertEquals(200, script.statusCode(), path);
      assertTrue(script.headers().firstValue("Content-Type").orElseThrow()
          .startsWith("text/javascript"), path);
    }
  }

  @Test
  void healthAnswersOkAsJson() throws Exception {
    HttpResponse<byte[]> health = get("/api/health");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\",\"database\":{\"kind\":\"none\",\"status\":\"ok\"}}",
        new String(health.body()));
  }

  @Test
  void anUnknownApiPathIsA404JsonError() throws Exception {
    HttpResponse<byte[]> missing = get("/api/no-such-thing");
    assertEquals(404, missing.statusCode());
    assertTrue(new String(missing.body()).contains("\"error\""));
  }
}
