package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.Documents;
import descent.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentApiTest {
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

  private static void assertJson(HttpResponse<String> response) {
    assertTrue(response.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/json"), response.headers().toString());
  }

  @Test
  void aNewDocumentIsStoredAndAnswered201WithItsIdAndUrl() throws Exception {
    HttpResponse<String> saved = server.postJson("/api/experiments", Documents.unique());
    assertEquals(201, saved.statusCode(), saved.body());
    assertJson(saved);
    String id = TestServer.idOf(saved);
    assertTrue(id.length() >= 8 && id.matches("[a-z2-7]+"), id);
    assertTrue(saved.body().contains("\"url\":\"/e/" + id + "\""), saved.body());
    assertEquals("/api/experiments/" + id, saved.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void theSameContentGetsTheSameIdAnswered200EvenWithOtherKeyOrderAndSpacing() throws Exception {
    String document = Documents.unique();
    HttpResponse<String> first = server.postJson("/api/experiments", document);
    String reordered = "{\n  \"title\"" + document.substring(document.indexOf(": \"t"),
        document.indexOf(", \"seed\"")) + ",\n" + document.substring(1)
        .replaceFirst(", \"title\": \"[^\"]*\"", "");
    HttpResponse<String> second = server.postJson("/api/experiments", reordered);
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(200, second.statusCode(), second.body());
    assertEquals(TestServer.idOf(first), TestServer.idOf(second));
  }

  @Test
  void differentContentGetsADifferentId() throws Exception {
    String a = TestServer.idOf(server.postJson("/api/experiments", Documents.unique()));
    String b = TestServer.idOf(server.postJson("/api/experiments", Documents.unique()));
    assertNotEquals(a, b);
  }

  @Test
  void aStoredExperimentReadsBackAsItsCanonicalDocument() throws Exception {
    String id = TestServer.idOf(server.postJson("/api/experiments", Documents.FUNCTION));
    HttpResponse<String> read = server.get("/api/experiments/" + id);
    assertEquals(200, read.statusCode());
    assertJson(read);
    assertTrue(read.body().startsWith("{\"description\"") || read.body().startsWith("{\"function\""),
        "keys are sorted: " + read.body());
    assertTrue(read.body().contains("\"tolerance\":0.000001") || read.body().contains("1e-6"),
        read.body());
    assertFalse(read.body().contains(" \""), "no whitespace: " + read.body());
    assertTrue(read.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
  }

  @Test
  void anUnknownIdIsA404JsonError() throws Exception {
    for (String id : new String[] {"aaaaaaaaaaaa", "x", "../../etc/passwd", "AAAAAAAAAAAA"}) {
      HttpResponse<String> read = server.get("/api/experiments/" + id.replace("/", "%2F"));
      assertEquals(404, read.statusCode(), id);
      assertJson(read);
      assertTrue(read.body().contains("\"error\""), read.body());
    }
  }

  @Test
  void theExperimentPageServesThePlaygroundWithRootAbsoluteAssets() throws Exception {
    String id = TestServer.idOf(server.postJson("/api/experiments", Documents.NETWORK));
    HttpResponse<String> page = server.get("/e/" + id);
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("data-testid=\"engine-backend\""));
    assertTrue(page.body().contains("src=\"/app/main.js\""), "assets must not resolve under /e/");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("")
        .contains("frame-ancestors 'none'"));
  }

  @Test
  void theExperimentPageOfAnUnknownIdAnswers404() throws Exception {
    assertEquals(404, server.get("/e/aaaaaaaaaaaa").statusCode());
  }

  @Test
  void anInvalidDocumentIs400NamingTheField() throws Exception {
    String document = Documents.NETWORK.replace("\"units\": 8", "\"units\": 1000000000");
    HttpResponse<String> rejected = server.postJson("/api/experiments", document);
    assertEquals(400, rejected.statusCode(), rejected.body());
    assertJson(rejected);
    assertTrue(rejected.body().contains("\"field\":\"network.hidden[0].units\""), rejected.body());
    assertTrue(rejected.body().contains("\"errors\":[{\"field\":\"network.hidden[0].units\""),
        rejected.body());
  }

  @Test
  void malformedJsonIs400WithLineAndColumn() throws Exception {
    HttpResponse<String> rejected = server.postJson("/api/experiments", "{\n  \"kind\": ,\n}");
    assertEquals(400, rejected.statusCode(), rejected.body());
    assertTrue(rejected.body().contains("\"line\":2"), rejected.body());
    assertTrue(rejected.body().contains("\"column\":11"), rejected.body());
    assertTrue(rejected.body().contains("malformed JSON at line 2, column 11"), rejected.body());
  }

  @Test
  void aBodyThatIsNotJsonByContentTypeIs415() throws Exception {
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded",
        "application/json; charset=iso-8859-1", "multipart/form-data; boundary=x"}) {
      HttpResponse<String> rejected = server.post("/api/experiments", type, Documents.NETWORK);
      assertEquals(415, rejected.statusCode(), type);
      assertJson(rejected);
    }
    assertEquals(415, server.post("/api/experiments", null, Documents.NETWORK).statusCode());
  }

  @Test
  void jsonWithAUtf8CharsetIsAccepted() throws Exception {
    HttpResponse<String> saved = server.post("/api/experiments",
        "application/json; charset=UTF-8", Documents.unique());
    assertEquals(201, saved.statusCode(), saved.body());
  }

  @Test
  void aBodyOverOneMebibyteIs413() throws Exception {
    String huge = "{\"title\": \"" + "a".repeat(ExperimentController.MAX_DOCUMENT_BYTES) + "\"}";
    HttpResponse<String> rejected = server.postJson("/api/experiments", huge);
    assertEquals(413, rejected.statusCode());
    assertJson(rejected);
  }

  @Test
  void anEditNamesItsParentAndGetsANewId() throws Exception {
    String parent = TestServer.idOf(server.postJson("/api/experiments", Documents.unique()));
    String edit = Documents.withParent(Documents.unique(), parent);
    HttpResponse<String> saved = server.postJson("/api/experiments", edit);
    assertEquals(201, saved.statusCode(), saved.body());
    assertNotEquals(parent, TestServer.idOf(saved));
    String stored = server.get("/api/experiments/" + TestServer.idOf(saved)).body();
    assertTrue(stored.contains("\"parent\":\"" + parent + "\""), stored);
  }

  @Test
  void aParentThatDoesNotExistIsRejectedNamingTheParentField() throws Exception {
    HttpResponse<String> rejected = server.postJson("/api/experiments",
        Documents.withParent(Documents.unique(), "zzzzzzzzzzzz"));
    assertEquals(400, rejected.statusCode());
    assertTrue(rejected.body().contains("\"field\":\"parent\""), rejected.body());
  }

  @Test
  void aParentQueryParameterIsRefusedSoLineageHasOneSource() throws Exception {
    HttpResponse<String> rejected = server.postJson("/api/experiments?parent=abc",
        Documents.unique());
    assertEquals(400, rejected.statusCode());
    assertTrue(rejected.body().contains("\"field\":\"parent\""), rejected.body());
  }

  @Test
  void healthReportsTheDatabase() throws Exception {
    HttpResponse<String> health = server.get("/api/health");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\",\"database\":{\"kind\":\"sqlite\",\"status\":\"ok\"}}",
        health.body());
  }

  @Test
  void apiAnswersCarryTheSecurityHeaders() throws Exception {
    HttpResponse<String> saved = server.postJson("/api/experiments", Documents.unique());
    assertEquals("nosniff", saved.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(saved.headers().firstValue("Referrer-Policy").isPresent());
    assertTrue(saved.headers().firstValue("Content-Security-Policy").orElseThrow()
        .contains("frame-ancestors 'none'"));
  }

  @Test
  void aScriptInTheTitleComesBackOnlyAsEscapedJsonText() throws Exception {
    String document = Documents.withTitle(Documents.unique(), "<script>alert(1)</script>");
    String id = TestServer.idOf(server.postJson("/api/experiments", document));
    HttpResponse<String> read = server.get("/api/experiments/" + id);
    assertJson(read);
    assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(read.body().contains("alert(1)"), read.body());
  }

  @Test
  void theWrongMethodIsA405JsonError() throws Exception {
    HttpResponse<String> response = server.send(java.net.http.HttpRequest.newBuilder(
        server.uri("/api/experiments/aaaaaaaaaaaa")).DELETE());
    assertTrue(response.statusCode() == 404 || response.statusCode() == 405,
        String.valueOf(response.statusCode()));
  }
}
