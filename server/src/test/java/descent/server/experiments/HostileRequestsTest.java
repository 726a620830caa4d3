package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.Documents;
import descent.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of malformed and hostile requests. Each must be refused with a 4xx, never a 5xx or a
 * stack trace, and the server must stay healthy afterwards.
 */
class HostileRequestsTest {
  @TempDir
  static Path data;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.sqlite(data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Bodies posted as application/json to /api/experiments; every one is invalid. */
  static List<String> hostileBodies() {
    List<String> bodies = new ArrayList<>();
    // Broken JSON.
    bodies.addAll(List.of("", " ", "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{'a': 1}",
        "{\"a\":1,}", "[1,2,]", "{\"a\":1}{\"b\":2}", "nul", "tru", "\"unterminated",
        "{\"a\":\"\\x41\"}", "{\"a\":\"\\ud800\"}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}",
        "{\"a\":-}", "{\"a\":1e}", "{\"a\":+1}", "{\"a\":0x10}", "\u0000", "{\"a\":\"\u0001\"}",
        "{\"a\":1 /* comment */}", "// comment\n{}", "{\"a\":1,\"a\":2}", "\uFEFF{}",
        "{\"schemaVersion\":1,\"kind\":\"network\"", "<xml/>", "<script>alert(1)</script>"));
    // NaN and Infinity.
    bodies.addAll(List.of("{\"seed\":NaN}", "{\"seed\":Infinity}", "{\"seed\":-Infinity}",
        Documents.NETWORK.replace("0.03", "NaN"), Documents.NETWORK.replace("0.03", "Infinity"),
        Documents.NETWORK.replace("0.03", "1e400"), Documents.NETWORK.replace("0.03", "-1e400")));
    // Not an object, wrong types.
    bodies.addAll(List.of("null", "true", "42", "\"a string\"", "[]", "[{}]", "{}",
        Documents.NETWORK.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
        Documents.NETWORK.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        Documents.NETWORK.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.5"),
        Documents.NETWORK.replace("\"kind\": \"network\"", "\"kind\": \"Network\""),
        Documents.NETWORK.replace("\"kind\": \"network\"", "\"kind\": null"),
        Documents.NETWORK.replace("\"seed\": 42", "\"seed\": -1"),
        Documents.NETWORK.replace("\"seed\": 42", "\"seed\": 1e300"),
        Documents.NETWORK.replace("\"seed\": 42", "\"seed\": \"42\""),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": \"8\""),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": 8.5"),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": 0"),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": -3"),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": 1000000000"),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": 257"),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": []"),
        Documents.NETWORK.replace("\"units\": 8", "\"units\": {}"),
        Documents.NETWORK.replace("\"activation\": \"tanh\"", "\"activation\": \"eval\""),
        Documents.NETWORK.replace("\"learningRate\": 0.03", "\"learningRate\": -1"),
        Documents.NETWORK.replace("\"learningRate\": 0.03", "\"learningRate\": 1e308"),
        Documents.NETWORK.replace("\"epochs\": 1000", "\"epochs\": 1e12"),
        Documents.NETWORK.replace("\"batchSize\": 10", "\"batchSize\": true"),
        Documents.NETWORK.replace("\"points\": 500", "\"points\": 100000000"),
        Documents.NETWORK.replace("\"source\": \"spiral\"", "\"source\": \"../../etc/passwd\""),
        Documents.NETWORK.replace("\"source\": \"spiral\"", "\"source\": \"http://evil/\""),
        Documents.NETWORK.replace("\"features\": [\"x1\", \"x2\"]", "\"features\": \"x1\""),
        Documents.NETWORK.replace("\"features\": [\"x1\", \"x2\"]", "\"features\": [\"x1\", \"x1\"]"),
        Documents.NETWORK.replace("\"network\": {", "\"network\": {\"extra\": 1, "),
        Documents.NETWORK.replace("{\"schemaVersion\"", "{\"__proto__\": {}, \"schemaVersion\""),
        Documents.NETWORK.replace("\"training\": {", "\"training\": {\"constructor\": 1, "),
        Documents.FUNCTION.replace("\"x^2 - 2*x + 1\"", "\"\""),
        Documents.FUNCTION.replace("\"x^2 - 2*x + 1\"", "\"x^\""),
        Documents.FUNCTION.replace("\"x^2 - 2*x + 1\"", "\"" + "x+".repeat(400) + "x\""),
        Documents.FUNCTION.replace("\"x^2 - 2*x + 1\"", "\"" + "(".repeat(300) + "x"
            + ")".repeat(300) + "\""),
        Documents.FUNCTION.replace("\"x^2 - 2*x + 1\"", "\"alert(document.cookie)\""),
        Documents.FUNCTION.replace("[3]", "[1, 2, 3]"),
        Documents.FUNCTION.replace("[3]", "[]"),
        Documents.FUNCTION.replace("[3]", "[\"3\"]"),
        Documents.FUNCTION.replace("\"maxSteps\": 10000", "\"maxSteps\": 1000000000"),
        Documents.FUNCTION.replace("\"optimizers\": [", "\"optimizers\": [" + "{\"optimizer\":"
            + " \"sgd\", \"learningRate\": 0.1},".repeat(10))));
    // Titles: script is fine as text, but control characters, over-long or wrong types are not.
    bodies.addAll(List.of(
        Documents.withTitle(Documents.NETWORK, "a".repeat(101)),
        Documents.withTitle(Documents.NETWORK, "line\\nbreak"),
        Documents.withTitle(Documents.NETWORK, "bell\\u0007"),
        Documents.withTitle(Documents.NETWORK, "nul\\u0000"),
        Documents.withTitle(Documents.NETWORK, "esc\\u001b[31m"),
        Documents.withTitle(Documents.NETWORK, "del\\u007f"),
        Documents.withTitle(Documents.NETWORK, "\\ud83d"),
        Documents.withTitle(Documents.NETWORK, "<img src=x onerror=alert(1)>".repeat(5)),
        Documents.NETWORK.replace("\"title\": \"Spiral\"", "\"title\": 42"),
        Documents.NETWORK.replace("\"title\": \"Spiral\"", "\"title\": [\"<script>\"]"),
        Documents.NETWORK.replace("\"title\": \"Spiral\"", "\"title\": {\"toString\": 1}"),
        Documents.withParent(Documents.NETWORK, "a".repeat(200)),
        Documents.withParent(Documents.NETWORK, "<script>"),
        Documents.withParent(Documents.NETWORK, "")));
    // Huge arrays and deep nesting.
    bodies.add("[" + "0,".repeat(200_000) + "0]");
    bodies.add("[".repeat(100_000));
    bodies.add("[".repeat(1000) + "]".repeat(1000));
    bodies.add("{\"a\":".repeat(1000) + "1" + "}".repeat(1000));
    bodies.add(Documents.NETWORK.replace("\"hidden\": [", "\"hidden\": ["
        + "{\"units\": 8, \"activation\": \"tanh\"},".repeat(11)));
    bodies.add(Documents.NETWORK.replace("\"source\": \"spiral\", \"points\": 500, \"noise\": 0.0,",
        "\"source\": \"inline\", \"labelColumn\": 1, \"rows\": ["
            + "[1, 2],".repeat(20_001) + "[1, 2]],"));
    bodies.add(Documents.NETWORK.replace("\"source\": \"spiral\", \"points\": 500, \"noise\": 0.0,",
        "\"source\": \"inline\", \"labelColumn\": 1, \"rows\": [[" + "1,".repeat(100) + "1],"
            + "[" + "1,".repeat(100) + "1]],"));
    bodies.add("{\"k\":\"" + "\\u0041".repeat(150_000) + "\"}");
    return bodies;
  }

  @Test
  void theCorpusHasAtLeastOneHundredHostileRequests() {
    assertTrue(hostileBodies().size() + otherRequests() >= 100,
        "corpus size " + (hostileBodies().size() + otherRequests()));
  }

  private static int otherRequests() {
    return 12; // the requests in everyOtherHostileRequestIsAClientError
  }

  @Test
  void everyHostileBodyIsAClientErrorAsJsonAndTheServerStaysHealthy() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String body : hostileBodies()) {
      HttpResponse<String> response = server.postJson("/api/experiments", body);
      String label = body.length() > 400 ? body.substring(0, 400) + "…" : body;
      if (response.statusCode() < 400 || response.statusCode() >= 500) {
        failures.add(response.statusCode() + " for " + label + " -> " + response.body());
      } else if (!response.body().startsWith("{\"error\":")
          || response.body().contains("Exception") || response.body().contains("\tat ")) {
        failures.add("not a plain JSON error for " + label + ": " + response.body());
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(200, server.get("/api/health").statusCode());
  }

  @Test
  void everyOtherHostileRequestIsAClientError() throws Exception {
    List<String> failures = new ArrayList<>();
    List<byte[]> raw = Stream.of(
        // Wrong content types.
        post("text/plain", Documents.NETWORK),
        post("application/javascript", Documents.NETWORK),
        post("application/json; charset=utf-16", Documents.NETWORK),
        // Invalid UTF-8 bytes inside a JSON string.
        postBytes("application/json", concat("{\"title\":\"".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}".getBytes(StandardCharsets.UTF_8))),
        // A declared length over the limit (the body never arrives).
        ("POST /api/experiments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 999999999\r\nConnection: close\r\n\r\n{").getBytes(StandardCharsets.UTF_8),
        // A chunked body over the limit.
        chunked(ExperimentController.MAX_DOCUMENT_BYTES + 10),
        // A huge header.
        ("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000)
            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8),
        // Odd paths and methods.
        "GET /api/experiments/%00%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8),
        ("GET /api/experiments/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8),
        "GET /e/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8),
        "PUT /api/experiments/aaaaaaaaaaaa HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8),
        "GARBAGE\r\n\r\n".getBytes(StandardCharsets.UTF_8)).toList();
    assertEquals(otherRequests(), raw.size());
    for (byte[] request : raw) {
      int status = sendRaw(request);
      String label = new String(request, 0, Math.min(60, request.length), StandardCharsets.UTF_8);
      if (status < 400 || status >= 500) {
        failures.add(status + " for " + label);
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(200, server.get("/api/health").statusCode());
    assertEquals(201, server.postJson("/api/experiments", Documents.unique()).statusCode());
  }

  private static byte[] post(String contentType, String body) {
    return postBytes(contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] postBytes(String contentType, byte[] body) {
    byte[] head = ("POST /api/experiments HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    return concat(head, body);
  }

  private static byte[] chunked(int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("POST /api/experiments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    byte[] chunk = "a".repeat(65536).getBytes(StandardCharsets.UTF_8);
    for (int sent = 0; sent < size; sent += chunk.length) {
      out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(chunk);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Sends raw bytes (headers Java's client would refuse) and returns the status code. */
  private static int sendRaw(byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading everything (413, 431): read the answer.
      }
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      String statusLine = new String(head, StandardCharsets.US_ASCII);
      assertFalse(statusLine.isEmpty(), "no answer");
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }
}
