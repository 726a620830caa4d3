package descent.engine.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes JSON text without whitespace. {@link #compact} keeps key order; {@link #canonical} sorts keys by
 * UTF-16 code units, so that equal content always gives equal text (used to content-address documents).
 * Numbers use {@link JsonNumberFormat}, so 1.0, 1e0 and 1 all become {@code 1} and -0 becomes {@code 0}.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final boolean canonical;

    private JsonWriter(boolean canonical) {
        this.canonical = canonical;
    }

    /**
     * Compact text with keys in their order. A parsed number beyond the double range (such as
     * {@code 1e400}) is written as it was read, which is still valid JSON.
     */
    public static String compact(JsonValue value) {
        return write(value, false);
    }

    /**
     * Canonical text: keys sorted, no whitespace, numbers in shortest form.
     *
     * @throws IllegalArgumentException if the tree holds a number beyond the double range, which has no canonical form
     */
    public static String canonical(JsonValue value) {
        return write(value, true);
    }

    private static String write(JsonValue value, boolean canonical) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        JsonWriter writer = new JsonWriter(canonical);
        writer.writeValue(value);
        return writer.out.toString();
    }

    /** {@code text} escaped as inside a JSON string, without the surrounding quotes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendEscaped(out, text);
        return out.toString();
    }

    private void writeValue(JsonValue value) {
        if (value instanceof JsonObject) {
            writeObject((JsonObject) value);
        } else if (value instanceof JsonArray) {
            writeArray((JsonArray) value);
        } else if (value instanceof JsonString) {
            writeString(((JsonString) value).value());
        } else if (value instanceof JsonNumber) {
            writeNumber((JsonNumber) value);
        } else if (value instanceof JsonBoolean) {
            out.append(((JsonBoolean) value).value() ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    private void writeObject(JsonObject object) {
        List<String> keys = object.keys();
        if (canonical) {
            keys = new ArrayList<>(keys);
            // String's natural order compares UTF-16 code units, as the canonical form requires.
            Collections.sort(keys);
        }
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String key = keys.get(i);
            writeString(key);
            out.append(':');
            writeValue(object.get(key));
        }
        out.append('}');
    }

    private void writeArray(JsonArray array) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeValue(array.get(i));
        }
        out.append(']');
    }

    private void writeNumber(JsonNumber number) {
        if (number.isFinite()) {
            out.append(number.shortestText());
        } else if (canonical) {
            throw new IllegalArgumentException(
                    "number " + number.text() + " is beyond the double range and has no canonical form");
        } else {
            out.append(number.text());
        }
    }

    private void writeString(String text) {
        out.append('"');
        appendEscaped(out, text);
        out.append('"');
    }

    /**
     * Escapes quotes, backslashes and control characters, and also U+2028 and U+2029, which are valid in
     * JSON but end a line in older JavaScript and in many editors.
     */
    private static void appendEscaped(StringBuilder out, String text) {
        int runStart = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String shortEscape = shortEscape(c);
            boolean needsUnicodeEscape = c < 0x20 || c == '\u2028' || c == '\u2029';
            if (shortEscape == null && !needsUnicodeEscape) {
                continue;
            }
            out.append(text, runStart, i);
            runStart = i + 1;
            if (shortEscape != null) {
                out.append(shortEscape);
            } else {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append(text, runStart, length);
    }

    private static String shortEscape(char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return null;
        }
    }
}
