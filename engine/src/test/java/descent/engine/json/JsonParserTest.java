package descent.engine.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;

class JsonParserTest {

    @Test
    void parsesEveryKindOfValue() {
        JsonObject object = (JsonObject) JsonParser.parse(
                " {\"s\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\", \"n\": -12.5e-1, \"t\": true, \"f\": false,"
                        + " \"z\": null, \"a\": [1, [], {}]} ");
        assertEquals("a\"b\\c/d\b\f\n\r\té", ((JsonString) object.get("s")).value());
        assertEquals(-1.25, ((JsonNumber) object.get("n")).doubleValue());
        assertEquals("-12.5e-1", ((JsonNumber) object.get("n")).text());
        assertTrue(((JsonBoolean) object.get("t")).value());
        assertFalse(((JsonBoolean) object.get("f")).value());
        assertEquals(JsonNull.INSTANCE, object.get("z"));
        JsonArray array = (JsonArray) object.get("a");
        assertEquals(3, array.size());
        assertInstanceOf(JsonArray.class, array.get(1));
        assertInstanceOf(JsonObject.class, array.get(2));
    }

    @Test
    void keepsTheOrderOfKeysAsWritten() {
        JsonObject object = (JsonObject) JsonParser.parse("{\"b\":1,\"a\":2,\"c\":3}");
        assertEquals(Arrays.asList("b", "a", "c"), object.keys());
    }

    @Test
    void acceptsAScalarAsTheWholeDocument() {
        assertEquals(42.0, ((JsonNumber) JsonParser.parse("42")).doubleValue());
        assertEquals("x", ((JsonString) JsonParser.parse("\"x\"")).value());
    }

    @Test
    void combinesAnEscapedSurrogatePairIntoOneCodePoint() {
        JsonString string = (JsonString) JsonParser.parse("\"\\ud83d\\ude00\"");
        assertEquals("\uD83D\uDE00", string.value());
        assertEquals(1, string.value().codePointCount(0, string.value().length()));
    }

    @Test
    void acceptsARawSurrogatePair() {
        assertEquals("😀", ((JsonString) JsonParser.parse("\"😀\"")).value());
    }

    @Test
    void keepsTheTextOfANumberBeyondTheDoubleRangeAndMarksItInfinite() {
        JsonNumber number = (JsonNumber) JsonParser.parse("1e400");
        assertFalse(number.isFinite());
        assertEquals("1e400", number.text());
    }

    @Test
    void namesLineAndColumnOfAnError() {
        JsonException error = assertThrows(JsonException.class,
                () -> JsonParser.parse("{\n  \"a\": 1,\n  \"b\": 2 \"c\"\n}"));
        assertEquals(3, error.getLine());
        assertEquals(10, error.getColumn());
        assertEquals("line 3, column 10: expected ',' or '}', found '\"'", error.getMessage());
    }

    @Test
    void countsACarriageReturnLineFeedAsOneLineBreak() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("[1,\r\n2,\r\nx]"));
        assertEquals(3, error.getLine());
        assertEquals(1, error.getColumn());
    }

    @Test
    void rejectsDuplicateKeysNamingTheKey() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("{\"x\": 1, \"x\": 2}"));
        assertEquals("line 1, column 10: duplicate key 'x'", error.getMessage());
    }

    @Test
    void rejectsTenThousandNestedArraysWithAnErrorInsteadOfAStackOverflow() {
        String deep = repeat("[", 10_000) + repeat("]", 10_000);
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse(deep));
        assertTrue(error.getMessage().contains("nesting is deeper than 64 levels"), error.getMessage());
    }

    @Test
    void rejectsTenThousandNestedObjectsWithAnErrorInsteadOfAStackOverflow() {
        String deep = repeat("{\"a\":", 10_000) + "1" + repeat("}", 10_000);
        assertThrows(JsonException.class, () -> JsonParser.parse(deep));
    }

    @Test
    void acceptsExactlySixtyFourLevelsOfNesting() {
        JsonValue value = JsonParser.parse(repeat("[", 64) + repeat("]", 64));
        assertInstanceOf(JsonArray.class, value);
        assertThrows(JsonException.class, () -> JsonParser.parse(repeat("[", 65) + repeat("]", 65)));
    }

    @Test
    void finishesQuicklyOnHugeUnterminatedInput() {
        String hostile = "[\"" + repeat("a", 2_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(JsonException.class, () -> JsonParser.parse(hostile));
        });
    }

    @Test
    void rejectsNullText() {
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "{",
            "}",
            "[",
            "[1,]",
            "[1 2]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{\"a\":}",
            "{a:1}",
            "{'a':1}",
            "{1:1}",
            "[1]]",
            "[1] x",
            "{} {}",
            "NaN",
            "[NaN]",
            "Infinity",
            "-Infinity",
            "[+1]",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "1e+",
            "0x10",
            "tru",
            "nul",
            "True",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\uZZZZ\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"a\u0001b\"",
            "\"tab\there\"",
            "\"line\nbreak\"",
            "[1,,2]",
            "{\"a\":1 \"b\":2}",
            "// comment\n1",
            "\uFEFF{}",
    })
    void rejectsMalformedJson(String text) {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse(text));
        assertTrue(error.getMessage().startsWith("line "), error.getMessage());
    }

    @Test
    void rejectsARawLoneSurrogate() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("\"a\uD800b\""));
        assertEquals("line 1, column 3: lone surrogate U+D800 in string", error.getMessage());
        assertThrows(JsonException.class, () -> JsonParser.parse("\"\uDC00\""));
    }

    @Test
    void explainsWhyNaNIsRejected() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("{\"x\": NaN}"));
        assertEquals("line 1, column 7: NaN and Infinity are not valid JSON numbers", error.getMessage());
    }

    @Test
    void explainsATrailingComma() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("[1, 2, ]"));
        assertEquals("line 1, column 8: trailing comma before ']'", error.getMessage());
    }

    @Test
    void reportsAnUnescapedControlCharacterByCodePoint() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("\"a\u0007\""));
        assertEquals("line 1, column 3: control character U+0007 must be escaped in a string", error.getMessage());
    }

    @Test
    void reportsGarbageAfterTheDocument() {
        JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("{}\n x"));
        assertEquals("line 2, column 2: unexpected 'x' after the end of the document", error.getMessage());
    }

    static String repeat(String text, int times) {
        StringBuilder out = new StringBuilder(text.length() * times);
        for (int i = 0; i < times; i++) {
            out.append(text);
        }
        return out.toString();
    }
}
