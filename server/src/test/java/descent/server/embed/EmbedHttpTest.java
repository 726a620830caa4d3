package descent.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.Documents;
import descent.server.testing.TestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** oEmbed, the embed view and framing headers, against the whole application on port 0. */
class EmbedHttpTest {
  @TempDir
  static Path data;
  private static TestServer server;
  private static String id;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.sqlite(data);
    id = TestServer.idOf(server.postJson("/api/experiments",
        Documents.withTitle(Documents.NETWORK, "Spirals & <friends>")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> oembed(String query) throws Exception {
    return server.get("/oembed?" + query);
  }

  private static String url(String path) {
    return URLEncoder.encode(server.url() + path.substring(1), StandardCharsets.UTF_8);
  }

  private static String csp(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Security-Policy").orElse("");
  }

  private static void assertJsonError(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(response.body().startsWith("{\"error\":"), response.body());
  }

  private static int number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void oembedAnswersRichJsonWithTheIframeForAStoredExperiment() throws Exception {
    HttpResponse<String> r = oembed("url=" + url("/e/" + id) + "&format=json");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    String body = r.body();
    assertTrue(body.contains("\"version\":\"1.0\""), body);
    assertTrue(body.contains("\"type\":\"rich\""), body);
    assertTrue(body.contains("\"provider_name\":\"Descent\""), body);
    // The title is JSON-escaped in the member and HTML-escaped inside the iframe's attribute.
    assertTrue(body.contains("\"title\":\"Spirals \\u0026 \\u003cfriends\\u003e\""), body);
    assertTrue(body.contains("title=\\\"Descent playground: Spirals \\u0026amp; \\u0026lt;friends\\u0026gt;\\\""), body);
    assertTrue(body.contains("\\u003ciframe src=\\\"" + server.url() + "embed/" + id + "\\\""), body);
    assertTrue(body.contains("loading=\\\"lazy\\\""), body);
    assertFalse(body.contains("allow="), body);
    assertEquals(OEmbed.DEFAULT_WIDTH, number(body, "width"));
    assertEquals(OEmbed.DEFAULT_HEIGHT, number(body, "height"));
  }

  @Test
  void oembedRespectsMaxwidthAndMaxheightAndAcceptsTheEmbedUrlWithItsOptions() throws Exception {
    HttpResponse<String> r = oembed("url=" + url("/embed/" + id + "?readonly=1&hide=data,charts&evil=x")
        + "&maxwidth=500&maxheight=300");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(500, number(r.body(), "width"));
    assertEquals(300, number(r.body(), "height"));
    assertTrue(r.body().contains("width=\\\"500\\\" height=\\\"300\\\""), r.body());
    assertTrue(r.body().contains("embed/" + id + "?readonly=1\\u0026amp;hide=data,charts\\\""), r.body());
    // A limit above the preferred size leaves the preferred size.
    HttpResponse<String> large = oembed("url=" + url("/e/" + id) + "&maxwidth=5000");
    assertEquals(OEmbed.DEFAULT_WIDTH, number(large.body(), "width"));
  }

  @Test
  void unknownIdsAndForeignUrlsAre404Json() throws Exception {
    assertJsonError(oembed("url=" + url("/e/aaaaaaaaaaaa")), 404);
    assertJsonError(oembed("url=" + url("/gallery")), 404);
    assertJsonError(oembed("url=" + URLEncoder.encode("https://example.com/e/" + id,
        StandardCharsets.UTF_8)), 404);
    assertJsonError(oembed("url=" + URLEncoder.encode("javascript:alert(1)", StandardCharsets.UTF_8)), 404);
  }

  @Test
  void badParametersAre4xxJson() throws Exception {
    assertJsonError(oembed(""), 400);
    assertJsonError(oembed("url="), 400);
    assertJsonError(oembed("url=" + url("/e/" + id) + "&maxwidth=wide"), 400);
    assertJsonError(oembed("url=" + url("/e/" + id) + "&maxwidth=-5"), 400);
    assertJsonError(oembed("url=" + url("/e/" + id) + "&maxheight=10"), 400);
    assertJsonError(oembed("url=" + url("/e/" + id) + "&maxheight=99999999"), 400);
    assertJsonError(oembed("url=" + url("/e/" + id) + "&format=xml"), 501);
  }

  @Test
  void theEmbedViewMayBeFramedByAnySiteAndThePlaygroundMayNot() throws Exception {
    for (String path : new String[] {"/embed/" + id, "/embed"}) {
      HttpResponse<String> embed = server.get(path);
      assertEquals(200, embed.statusCode(), path);
      assertTrue(csp(embed).contains("frame-ancestors *"), path + ": " + csp(embed));
      assertFalse(csp(embed).contains("frame-ancestors 'none'"), csp(embed));
      assertTrue(embed.body().contains("data-embed"), path);
      assertFalse(embed.headers().firstValue("X-Frame-Options").isPresent());
    }
    HttpResponse<String> unknown = server.get("/embed/aaaaaaaaaaaa");
    assertEquals(404, unknown.statusCode());
    assertTrue(csp(unknown).contains("frame-ancestors *"));
    for (String path : new String[] {"/", "/e/" + id, "/gallery", "/docs/course-demo.html",
        "/index.html", "/oembed?url=" + url("/e/" + id)}) {
      HttpResponse<String> page = server.get(path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(csp(page).contains("frame-ancestors 'none'"), path + ": " + csp(page));
      assertFalse(csp(page).contains("frame-ancestors *"), path);
    }
  }

  @Test
  void theSavedPageCarriesTheOembedDiscoveryLink() throws Exception {
    HttpResponse<String> page = server.get("/e/" + id);
    assertEquals(200, page.statusCode());
    String href = server.url() + "oembed?url=" + url("/e/" + id) + "&format=json";
    assertTrue(page.body().contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
        + href.replace("&", "&amp;") + "\""), page.body());
    assertEquals("<" + href + ">; rel=\"alternate\"; type=\"application/json+oembed\"",
        page.headers().firstValue("Link").orElse(""));
    // The discovery link leads to a working answer.
    assertEquals(200, server.get(href.substring(server.url().length() - 1)).statusCode());
    HttpResponse<String> unknown = server.get("/e/aaaaaaaaaaaa");
    assertEquals(404, unknown.statusCode());
    assertFalse(unknown.body().contains("json+oembed"));
  }
}
