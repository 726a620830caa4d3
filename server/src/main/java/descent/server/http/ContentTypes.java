package descent.server.http;

/** The media types the server sends and accepts. */
public final class ContentTypes {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String HTML = "text/html; charset=utf-8";

  private ContentTypes() {
  }

  /**
   * Whether a request's Content-Type header is JSON in UTF-8: {@code application/json}, optionally
   * with {@code charset=utf-8} (JSON is UTF-8 by RFC 8259; any other charset is refused).
   */
  public static boolean isJson(String header) {
    if (header == null) {
      return false;
    }
    String[] parts = header.split(";");
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals < 0) {
        return false;
      }
      String name = parameter.substring(0, equals).trim();
      String value = parameter.substring(equals + 1).trim().replace("\"", "");
      if (name.equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
        return false;
      }
    }
    return true;
  }
}
