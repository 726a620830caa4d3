package descent.server.embed;

import descent.server.http.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * oEmbed 1.0 (https://oembed.com) for this server's experiments: parsing the request, the
 * {@code rich} answer with the iframe, and the discovery link. Pure functions, tested directly.
 */
public final class OEmbed {
  public static final int DEFAULT_WIDTH = 800;
  public static final int DEFAULT_HEIGHT = 640;
  /** The frame is unusable below this; a smaller maxwidth or maxheight is refused. */
  public static final int MIN_SIZE = 200;
  public static final int MAX_SIZE = 10_000;
  /** A Host header we are willing to echo into URLs: a name or address and an optional port. */
  private static final Pattern HOST =
      Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251})|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");
  private static final Pattern EXPERIMENT_PATH = Pattern.compile("/(?:e|embed)/([A-Za-z0-9]{1,64})/?");
  private static final Pattern HIDE = Pattern.compile("[A-Za-z.,]{1,300}");

  private OEmbed() {
  }

  /** A valid request: the experiment id, the embed options to keep, and the size limits. */
  public record Request(String base, String id, String options, int width, int height) {
  }

  /** A request oEmbed refuses: 400 for bad parameters, 404 for foreign URLs, 501 for formats. */
  public static final class BadRequest extends Exception {
    private final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /**
   * Checks the query. {@code host} is the request's Host header: the URL must name this server
   * as the consumer reached it (scheme http or https, same host and port).
   */
  public static Request parse(String url, String maxWidth, String maxHeight, String format,
      String host) throws BadRequest {
    if (format != null && !format.equals("json")) {
      throw new BadRequest(501, "only format=json is implemented");
    }
    if (url == null || url.isBlank()) {
      throw new BadRequest(400, "the url parameter is required");
    }
    int width = size("maxwidth", maxWidth, DEFAULT_WIDTH);
    int height = size("maxheight", maxHeight, DEFAULT_HEIGHT);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new BadRequest(400, "url is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
      throw new BadRequest(404, "url must be an http or https URL of this server");
    }
    if (host == null || !HOST.matcher(host).matches()
        || !uri.getRawAuthority().equalsIgnoreCase(host) || uri.getRawUserInfo() != null) {
      throw new BadRequest(404, "url is not on this server");
    }
    Matcher path = EXPERIMENT_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (!path.matches()) {
      throw new BadRequest(404, "url must be this server's /e/{id} or /embed/{id}");
    }
    return new Request(scheme + "://" + host, path.group(1), embedOptions(uri.getRawQuery()),
        width, height);
  }

  private static int size(String name, String text, int preferred) throws BadRequest {
    if (text == null || text.isEmpty()) {
      return preferred;
    }
    if (!text.matches("[0-9]{1,6}")) {
      throw new BadRequest(400, name + " must be a whole number of pixels");
    }
    int value = Integer.parseInt(text);
    if (value < MIN_SIZE || value > MAX_SIZE) {
      throw new BadRequest(400, name + " must be between " + MIN_SIZE + " and " + MAX_SIZE);
    }
    return Math.min(preferred, value);
  }

  /** The embed view's own options from the URL's query (hide, readonly, ...), checked again. */
  static String embedOptions(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      boolean ok = switch (name) {
        case "hide" -> HIDE.matcher(value).matches();
        case "readonly", "autoplay" -> value.matches("|1|0|true|false|yes");
        case "theme" -> value.equals("light") || value.equals("dark");
        case "lang" -> value.equals("en") || value.equals("zh");
        default -> false;
      };
      if (ok) {
        kept.add(name + (value.isEmpty() ? "" : "=" + value));
      }
    }
    return String.join("&", kept);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The JSON answer: type rich, with the iframe at the allowed size. */
  public static String answer(Request request, String title) {
    String shown = title == null || title.isBlank() ? "Descent experiment " + request.id() : title;
    String src = request.base() + "/embed/" + request.id()
        + (request.options().isEmpty() ? "" : "?" + request.options());
    String html = "<iframe src=\"" + escapeHtml(src) + "\" width=\"" + request.width()
        + "\" height=\"" + request.height() + "\" title=\"" + escapeHtml("Descent playground: " + shown)
        + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    return Json.object()
        .put("version", "1.0")
        .put("type", "rich")
        .put("provider_name", "Descent")
        .put("provider_url", request.base() + "/")
        .put("title", shown)
        .put("html", html)
        .put("width", request.width())
        .put("height", request.height())
        .put("cache_age", 3600)
        .build();
  }

  /** The server's base URL for links in its pages, or "" (root-relative) for an odd Host. */
  public static String baseUrl(String scheme, String host) {
    String s = "https".equalsIgnoreCase(scheme) ? "https" : "http";
    return host != null && HOST.matcher(host).matches() ? s + "://" + host : "";
  }

  public static String discoveryHref(String base, String id) {
    return base + "/oembed?url=" + URLEncoder.encode(base + "/e/" + id, StandardCharsets.UTF_8)
        + "&format=json";
  }

  /** The page with the discovery link before {@code </head>} (unchanged if it has none). */
  public static String withDiscoveryLink(String html, String href) {
    int head = html.indexOf("</head>");
    if (head < 0) {
      return html;
    }
    String link = "  <link rel=\"alternate\" type=\"application/json+oembed\" href=\""
        + escapeHtml(href) + "\" title=\"Descent experiment\">\n";
    return html.substring(0, head) + link + html.substring(head);
  }

  static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
