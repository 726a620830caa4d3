package descent.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The playground's index.html, for paths other than "/" such as /e/{id}. The page refers to its
 * scripts and styles by relative URLs ("app/main.js"), which under /e/ would resolve to /e/app/...;
 * so relative src and href values are made root-absolute once, when the server starts. (A
 * {@code <base>} element would do the same but the policy has base-uri 'none'.)
 */
public final class PlaygroundPage {
  private static final Pattern RELATIVE_URL =
      Pattern.compile("\\b(src|href)=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)");

  private final String html;

  private PlaygroundPage(String html) {
    this.html = html;
  }

  public static PlaygroundPage load() {
    String resource = DescentServer.STATIC_ROOT + "/index.html";
    try (InputStream in = PlaygroundPage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the page is missing from the classpath: " + resource);
      }
      return new PlaygroundPage(rootAbsolute(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String rootAbsolute(String html) {
    return RELATIVE_URL.matcher(html).replaceAll("$1=\"/");
  }

  public String html() {
    return html;
  }
}
