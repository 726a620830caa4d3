package descent.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OEmbedTest {
  private static final String HOST = "descent.example:8080";

  private static OEmbed.Request parse(String url) throws OEmbed.BadRequest {
    return OEmbed.parse(url, null, null, null, HOST);
  }

  private static int status(String url, String maxWidth, String format, String host) {
    return assertThrows(OEmbed.BadRequest.class,
        () -> OEmbed.parse(url, maxWidth, null, format, host)).status();
  }

  @Test
  void acceptsThisServersExperimentPages() throws Exception {
    assertEquals("abc234", parse("http://descent.example:8080/e/abc234").id());
    assertEquals("abc234", parse("https://DESCENT.example:8080/embed/abc234/").id());
    assertEquals("https://descent.example:8080", parse("https://descent.example:8080/e/x1").base());
    assertEquals("readonly=1&hide=data", parse("http://descent.example:8080/embed/x1?readonly=1&hide=data&x=%3Cb%3E").options());
  }

  @Test
  void refusesOtherHostsPathsAndSchemes() {
    assertEquals(404, status("http://other.example:8080/e/abc", null, null, HOST));
    assertEquals(404, status("http://descent.example/e/abc", null, null, HOST));
    assertEquals(404, status("http://user@descent.example:8080/e/abc", null, null, HOST));
    assertEquals(404, status("ftp://descent.example:8080/e/abc", null, null, HOST));
    assertEquals(404, status("http://descent.example:8080/e/ab-c", null, null, HOST));
    assertEquals(404, status("http://descent.example:8080/api/experiments/abc", null, null, HOST));
    assertEquals(404, status("http://descent.example:8080/e/abc", null, null, "evil\"host"));
  }

  @Test
  void checksSizesAndFormat() {
    assertEquals(400, status(null, null, null, HOST));
    assertEquals(400, status("http://descent.example:8080/e/abc", "1e3", null, HOST));
    assertEquals(400, status("http://descent.example:8080/e/abc", "199", null, HOST));
    assertEquals(501, status("http://descent.example:8080/e/abc", null, "xml", HOST));
  }

  @Test
  void theDiscoveryLinkGoesBeforeTheHeadEndAndIsEscaped() {
    String html = OEmbed.withDiscoveryLink("<html><head><title>x</title></head></html>",
        OEmbed.discoveryHref("http://h:1", "abc"));
    assertEquals("<html><head><title>x</title>  <link rel=\"alternate\" type=\"application/json+oembed\""
        + " href=\"http://h:1/oembed?url=http%3A%2F%2Fh%3A1%2Fe%2Fabc&amp;format=json\""
        + " title=\"Descent experiment\">\n</head></html>", html);
    assertEquals("", OEmbed.baseUrl("http", "bad\"host"));
  }
}
