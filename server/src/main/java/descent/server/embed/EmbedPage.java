package descent.server.embed;

/**
 * The embed view's HTML: the playground page itself, marked {@code <html data-embed>}, with
 * css/embed.css (which hides what only the full page has and shows the link to it) and
 * app/embed/embed-main.js in place of app/main.js. Derived once when the server starts, so the
 * two views share one markup; a playground page that no longer has one of the anchors below
 * stops the server at start-up instead of serving a broken embed.
 */
final class EmbedPage {
  private static final String HTML_TAG = "<html lang=\"en\">";
  private static final String MAIN_SCRIPT =
      "<script type=\"module\" src=\"/app/main.js\"></script>";

  private EmbedPage() {
  }

  /** @param playground the playground page's HTML with root-absolute URLs (PlaygroundPage) */
  static String from(String playground) {
    String html = replaceOnce(playground, HTML_TAG, "<html lang=\"en\" data-embed>");
    return replaceOnce(html, MAIN_SCRIPT,
        "<meta name=\"robots\" content=\"noindex\">\n"
        + "  <link rel=\"stylesheet\" href=\"/css/embed.css\">\n"
        + "  <script type=\"module\" src=\"/app/embed/embed-main.js\"></script>");
  }

  private static String replaceOnce(String html, String anchor, String replacement) {
    int at = html.indexOf(anchor);
    if (at < 0 || html.indexOf(anchor, at + 1) >= 0) {
      throw new IllegalStateException("the playground page must contain " + anchor
          + " exactly once to derive the embed view from it");
    }
    return html.substring(0, at) + replacement + html.substring(at + anchor.length());
  }
}
