package descent.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.storage.JdbcUrls;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class SmallHelpersTest {

  @Test
  void jsonStringsEscapeQuotesControlsAndMarkup() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u003cscript\\u003e\\u2028\"",
        Json.quote("a\"b\\c\n\u0001<script>\u2028"));
    assertEquals("\"\uD83D\uDE80\"", Json.quote("\uD83D\uDE80"), "pairs stay as they are");
    assertEquals("\"\\ud83d\"", Json.quote("\uD83D"), "a lone surrogate is escaped");
  }

  @Test
  void jsonObjectsKeepMemberOrder() {
    assertEquals("{\"b\":1,\"a\":\"x\",\"c\":true,\"d\":[1]}",
        Json.object().put("b", 1).put("a", "x").put("c", true).putRaw("d", "[1]").build());
  }

  @Test
  void onlyJsonInUtf8IsAcceptedAsAContentType() {
    assertTrue(ContentTypes.isJson("application/json"));
    assertTrue(ContentTypes.isJson("Application/JSON; charset=UTF-8"));
    assertTrue(ContentTypes.isJson("application/json;charset=\"utf-8\""));
    assertFalse(ContentTypes.isJson(null));
    assertFalse(ContentTypes.isJson("text/json"));
    assertFalse(ContentTypes.isJson("application/json; charset=latin1"));
    assertFalse(ContentTypes.isJson("application/jsonx"));
  }

  @Test
  void forwardedForIsTheLastHopOnlyWhenTrusted() {
    assertEquals("203.0.113.9", ClientAddress.fromForwardedFor("1.2.3.4, 203.0.113.9", "10.0.0.1"));
    assertEquals("10.0.0.1", ClientAddress.fromForwardedFor(null, "10.0.0.1"));
    assertEquals("10.0.0.1", ClientAddress.fromForwardedFor(" , ", "10.0.0.1"));
  }

  @Test
  void passwordsAreRedactedFromJdbcUrls() {
    assertEquals("jdbc:postgresql://h:5432/db?user=u&password=***",
        JdbcUrls.redact("jdbc:postgresql://h:5432/db?user=u&password=secret"));
    assertEquals("jdbc:postgresql://h/db?password=***&ssl=true",
        JdbcUrls.redact("jdbc:postgresql://h/db?password=secret&ssl=true"));
    assertEquals("jdbc:postgresql://u:***@h/db", JdbcUrls.redact("jdbc:postgresql://u:secret@h/db"));
  }

  @Test
  void relativeAssetUrlsInThePageBecomeRootAbsolute() {
    assertEquals("<link href=\"/css/a.css\"><script src=\"/app/main.js\"></script>"
            + "<a href=\"https://x/\"></a><a href=\"#top\"></a><img src=\"/already\">",
        PlaygroundPage.rootAbsolute("<link href=\"css/a.css\"><script src=\"app/main.js\"></script>"
            + "<a href=\"https://x/\"></a><a href=\"#top\"></a><img src=\"/already\">"));
  }

  @Test
  void aBodyIsReadUpToItsLimitAndNoFurther() throws Exception {
    assertArrayEquals(new byte[5], BoundedBody.read(new ByteArrayInputStream(new byte[5]), 5));
    assertThrows(BoundedBody.TooLargeException.class,
        () -> BoundedBody.read(new ByteArrayInputStream(new byte[6]), 5));
    assertEquals(100_000, BoundedBody.read(new ByteArrayInputStream(new byte[100_000]), 100_000).length);
  }

  @Test
  void theAccessLogLineIsMethodPathStatusAndMilliseconds() {
    assertEquals("POST /api/experiments 201 3.5ms", AccessLog.line("POST", "/api/experiments", 201, 3.456f));
    assertEquals("GET /a?b 404 1.0ms", AccessLog.line("GET", "/a\nb", 404, 1f));
  }

  @Test
  void embeddableViewsMayBeFramedAndNothingElse() {
    assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.endsWith("frame-ancestors 'none'"));
    assertTrue(SecurityHeaders.EMBEDDABLE_POLICY.endsWith("frame-ancestors *"));
    assertFalse(SecurityHeaders.EMBEDDABLE_POLICY.contains("unsafe-inline"));
  }
}
