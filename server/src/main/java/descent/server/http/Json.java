package descent.server.http;

/**
 * Writes the server's own small JSON responses. Documents are never re-serialised here: they are
 * stored and sent as the validator's canonical text. Escaping covers quotes, backslashes, control
 * characters and U+2028/U+2029, and also '<', '>' and '&' so that no response can be mistaken for
 * markup even by a careless consumer.
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {
  }

  /** A JSON string literal holding {@code text}. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029
              || Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
            out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isPairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** Starts an object; members are added in order. */
  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  /** Builds one JSON object as text. */
  public static final class ObjectBuilder {
    private final StringBuilder out = new StringBuilder("{");

    private ObjectBuilder name(String name) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(quote(name)).append(':');
      return this;
    }

    /** A string member; null writes JSON null. */
    public ObjectBuilder put(String name, String value) {
      name(name).out.append(value == null ? "null" : quote(value));
      return this;
    }

    public ObjectBuilder put(String name, long value) {
      name(name).out.append(value);
      return this;
    }

    public ObjectBuilder put(String name, boolean value) {
      name(name).out.append(value);
      return this;
    }

    /** A member whose value is already JSON text (an array or object built elsewhere). */
    public ObjectBuilder putRaw(String name, String json) {
      name(name).out.append(json);
      return this;
    }

    public String build() {
      return out.toString() + "}";
    }
  }
}
