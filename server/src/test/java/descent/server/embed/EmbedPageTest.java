package descent.server.embed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.server.http.PlaygroundPage;
import org.junit.jupiter.api.Test;

class EmbedPageTest {

  @Test
  void theEmbedViewIsThePlaygroundPageMarkedForEmbeddingWithItsOwnScriptAndStyles() {
    String playground = PlaygroundPage.load().html();
    String embed = EmbedPage.from(playground);
    assertTrue(embed.contains("<html lang=\"en\" data-embed>"), "marked");
    assertTrue(embed.contains("<link rel=\"stylesheet\" href=\"/css/embed.css\">"), "styles");
    assertTrue(embed.contains("<script type=\"module\" src=\"/app/embed/embed-main.js\">"),
        "embed script");
    assertFalse(embed.contains("src=\"/app/main.js\""), "the playground's own boot is gone");
    assertTrue(embed.contains("data-testid=\"embed-open-full\""), "the link to the full page");
    assertTrue(embed.contains("id=\"run-bar\""), "the shared markup");
  }

  @Test
  void aPlaygroundPageWithoutItsAnchorsStopsTheServerInsteadOfServingABrokenEmbed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EmbedPage.from("<html lang=\"en\"><body></body></html>"));
    assertTrue(e.getMessage().contains("/app/main.js"), e.getMessage());
  }
}
