package descent.engine.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 8259 parser. It rejects what lenient parsers let through: trailing commas, duplicate keys,
 * NaN and Infinity, leading zeros, unescaped control characters, lone surrogates and anything after the
 * value. Nesting is limited to {@link JsonValue#MAX_DEPTH} levels, so a hostile document yields a
 * {@link JsonException}, never a StackOverflowError. The caller limits the document's length.
 */
public final class JsonParser {

    private final String text;
    private final int length;
    private int position;

    private JsonParser(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Parses one JSON document.
     *
     * @throws JsonException            if {@code text} is not valid JSON
     * @throws IllegalArgumentException if {@code text} is null
     */
    public static JsonValue parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return new JsonParser(text).parseDocument();
    }

    private JsonValue parseDocument() {
        skipWhitespace();
        JsonValue value = parseValue(0);
        skipWhitespace();
        if (position < length) {
            throw error("unexpected " + describeCurrent() + " after the end of the document");
        }
        return value;
    }

    private JsonValue parseValue(int depth) {
        if (position >= length) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return parseObject(depth + 1);
            case '[':
                return parseArray(depth + 1);
            case '"':
                return JsonString.of(parseString());
            case 't':
                return parseLiteral("true", JsonBoolean.TRUE);
            case 'f':
                return parseLiteral("false", JsonBoolean.FALSE);
            case 'n':
                return parseLiteral("null", JsonNull.INSTANCE);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return parseNumber();
                }
                if (text.startsWith("NaN", position) || text.startsWith("Infinity", position)) {
                    throw error("NaN and Infinity are not valid JSON numbers");
                }
                throw error("unexpected " + describeCurrent() + ", expected a value");
        }
    }

    private JsonObject parseObject(int depth) {
        checkDepth(depth);
        position++;
        JsonObject.Builder builder = JsonObject.builder();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return builder.build();
        }
        while (true) {
            if (peek() != '"') {
                throw error(peek() == '}'
                        ? "trailing comma before '}'"
                        : "expected a string key, found " + describeCurrent());
            }
            int keyStart = position;
            String key = parseString();
            if (builder.has(key)) {
                throw errorAt(keyStart, "duplicate key '" + JsonWriter.escape(key) + "'");
            }
            skipWhitespace();
            expect(':', "expected ':'");
            skipWhitespace();
            builder.put(key, parseValue(depth));
            skipWhitespace();
            char next = peek();
            position++;
            if (next == '}') {
                return builder.build();
            }
            if (next != ',') {
                position--;
                throw error("expected ',' or '}', found " + describeCurrent());
            }
            skipWhitespace();
        }
    }

    private JsonArray parseArray(int depth) {
        checkDepth(depth);
        position++;
        List<JsonValue> values = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return JsonArray.of(values);
        }
        while (true) {
            if (peek() == ']' && !values.isEmpty()) {
                throw error("trailing comma before ']'");
            }
            values.add(parseValue(depth));
            skipWhitespace();
            char next = peek();
            position++;
            if (next == ']') {
                return JsonArray.of(values);
            }
            if (next != ',') {
                position--;
                throw error("expected ',' or ']', found " + describeCurrent());
            }
            skipWhitespace();
        }
    }

    private void checkDepth(int depth) {
        if (depth > JsonValue.MAX_DEPTH) {
            throw error("nesting is deeper than " + JsonValue.MAX_DEPTH + " levels");
        }
    }

    /** Parses the string starting at the opening quote; leaves the position after the closing quote. */
    private String parseString() {
        int start = position;
        position++;
        StringBuilder value = new StringBuilder();
        int runStart = position;
        while (true) {
            if (position >= length) {
                throw errorAt(start, "unterminated string");
            }
            char c = text.charAt(position);
            if (c == '"') {
                value.append(text, runStart, position);
                position++;
                return value.toString();
            }
            if (c == '\\') {
                value.append(text, runStart, position);
                parseEscape(value);
                runStart = position;
            } else if (c < 0x20) {
                throw error("control character " + codePoint(c) + " must be escaped in a string");
            } else if (Character.isHighSurrogate(c)) {
                if (position + 1 >= length || !Character.isLowSurrogate(text.charAt(position + 1))) {
                    throw error("lone surrogate " + codePoint(c) + " in string");
                }
                position += 2;
            } else if (Character.isLowSurrogate(c)) {
                throw error("lone surrogate " + codePoint(c) + " in string");
            } else {
                position++;
            }
        }
    }

    /** Parses one escape starting at the backslash and appends the character(s) it stands for. */
    private void parseEscape(StringBuilder value) {
        int start = position;
        position++;
        if (position >= length) {
            throw errorAt(start, "unterminated escape sequence");
        }
        char c = text.charAt(position);
        position++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                value.append(c);
                return;
            case 'b':
                value.append('\b');
                return;
            case 'f':
                value.append('\f');
                return;
            case 'n':
                value.append('\n');
                return;
            case 'r':
                value.append('\r');
                return;
            case 't':
                value.append('\t');
                return;
            case 'u':
                appendUnicodeEscape(value, start);
                return;
            default:
                throw errorAt(start, "invalid escape sequence '\\" + (c < 0x20 ? codePoint(c) : String.valueOf(c)) + "'");
        }
    }

    private void appendUnicodeEscape(StringBuilder value, int start) {
        char c = (char) readHex4(start);
        if (Character.isLowSurrogate(c)) {
            throw errorAt(start, "lone surrogate \\u" + hex4(c) + " in string");
        }
        if (Character.isHighSurrogate(c)) {
            // A high surrogate is only meaningful as the first half of an escaped pair.
            if (!text.startsWith("\\u", position)) {
                throw errorAt(start, "lone surrogate \\u" + hex4(c) + " in string");
            }
            int lowStart = position;
            position += 2;
            char low = (char) readHex4(lowStart);
            if (!Character.isLowSurrogate(low)) {
                throw errorAt(start, "lone surrogate \\u" + hex4(c) + " in string");
            }
            value.append(c).append(low);
            return;
        }
        value.append(c);
    }

    private int readHex4(int escapeStart) {
        if (position + 4 > length) {
            throw errorAt(escapeStart, "invalid \\u escape: expected 4 hex digits");
        }
        int result = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw errorAt(escapeStart, "invalid \\u escape: expected 4 hex digits");
            }
            result = result * 16 + digit;
        }
        position += 4;
        return result;
    }

    private JsonNumber parseNumber() {
        int start = position;
        if (peek() == '-') {
            position++;
            if (text.startsWith("Infinity", position)) {
                throw errorAt(start, "NaN and Infinity are not valid JSON numbers");
            }
        }
        if (peek() == '0') {
            position++;
            if (isDigit(peek())) {
                throw errorAt(start, "leading zeros are not allowed in numbers");
            }
        } else {
            requireDigits("expected a digit");
        }
        if (peek() == '.') {
            position++;
            requireDigits("expected a digit after '.'");
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            requireDigits("expected a digit in the exponent");
        }
        return JsonNumber.parsed(text.substring(start, position));
    }

    private void requireDigits(String message) {
        if (!isDigit(peek())) {
            throw error(message + ", found " + describeCurrent());
        }
        while (isDigit(peek())) {
            position++;
        }
    }

    private JsonValue parseLiteral(String literal, JsonValue value) {
        if (!text.startsWith(literal, position)) {
            throw error("unexpected " + describeCurrent() + ", expected a value");
        }
        position += literal.length();
        return value;
    }

    private void expect(char expected, String message) {
        if (peek() != expected) {
            throw error(message + ", found " + describeCurrent());
        }
        position++;
    }

    private void skipWhitespace() {
        while (position < length) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The current character, or U+0000 at the end (never valid where peek() is used, so it cannot be mistaken). */
    private char peek() {
        return position < length ? text.charAt(position) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeCurrent() {
        if (position >= length) {
            return "end of input";
        }
        char c = text.charAt(position);
        if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            return codePoint(c);
        }
        return "'" + c + "'";
    }

    private JsonException error(String reason) {
        return errorAt(position, reason);
    }

    /** Computes line and column only when failing, so parsing valid text pays nothing for them. */
    private JsonException errorAt(int offset, String reason) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, length);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(reason, line, offset - lineStart + 1);
    }

    private static String codePoint(char c) {
        return "U+" + hex4(c);
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c).toUpperCase();
        return "0000".substring(hex.length()) + hex;
    }
}
