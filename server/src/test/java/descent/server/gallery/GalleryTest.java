package descent.server.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleryTest {
  private static final Pattern ID = Pattern.compile("\"id\":\"([a-z2-7]+)\"");

  @Test
  void theGalleryListsEveryCuratedExperimentAndEachOneOpens(@TempDir Path data) throws Exception {
    try (TestServer server = TestServer.sqlite(data)) {
      HttpResponse<String> gallery = server.get("/api/gallery");
      assertEquals(200, gallery.statusCode());
      assertTrue(gallery.headers().firstValue("Content-Type").orElseThrow()
          .startsWith("application/json"));
      for (String title : new String[] {"XOR", "Iris", "spirals", "too high",
          "x^2 - 2x + 1", "oscillation", "divergence", "Rosenbrock"}) {
        assertTrue(gallery.body().contains(title), title + " in " + gallery.body());
      }
      Matcher ids = ID.matcher(gallery.body());
      int count = 0;
      while (ids.find()) {
        count++;
        assertEquals(200, server.get("/api/experiments/" + ids.group(1)).statusCode());
        assertEquals(200, server.get("/e/" + ids.group(1)).statusCode());
      }
      assertEquals(Gallery.DOCUMENTS.size(), count);
    }
  }

  @Test
  void seedingAgainAtTheNextStartStoresNothingNewAndKeepsTheIds(@TempDir Path data)
      throws Exception {
    String first;
    try (TestServer server = TestServer.sqlite(data)) {
      first = server.get("/api/gallery").body();
    }
    try (TestServer server = TestServer.sqlite(data)) {
      assertEquals(first, server.get("/api/gallery").body());
    }
  }

  @Test
  void theGalleryPageIsStaticHtmlWithoutInlineScriptAndItsScriptUsesTextContentOnly(
      @TempDir Path data) throws Exception {
    try (TestServer server = TestServer.sqlite(data)) {
      HttpResponse<String> page = server.get("/gallery");
      assertEquals(200, page.statusCode());
      assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
      assertTrue(page.body().contains("<script type=\"module\" src=\"/gallery-assets/gallery.js\">"
          + "</script>"));
      assertFalse(page.body().replace("<script type=\"module\" src=\"/gallery-assets/gallery.js\">"
          + "</script>", "").contains("<script"), "no inline script");
      HttpResponse<String> script = server.get("/gallery-assets/gallery.js");
      assertEquals(200, script.statusCode());
      assertTrue(script.body().contains("textContent"));
      assertFalse(script.body().contains("innerHTML"));
      assertFalse(script.body().contains("insertAdjacentHTML"));
      assertEquals(200, server.get("/gallery-assets/gallery.css").statusCode());
    }
  }
}
