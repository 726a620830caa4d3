package descent.engine.json;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonWriterTest {

    @Test
    void writesCompactTextInKeyOrder() {
        JsonObject object = JsonObject.builder()
                .put("b", 1)
                .put("a", JsonArray.of(Arrays.asList(JsonBoolean.TRUE, JsonNull.INSTANCE, JsonString.of("x"))))
                .put("c", 0.5)
                .build();
        assertEquals("{\"b\":1,\"a\":[true,null,\"x\"],\"c\":0.5}", JsonWriter.compact(object));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0000\\u001f\"",
                JsonWriter.compact(JsonString.of("q\"b\\s/\b\f\n\r\t\u0000\u001f")));
    }

    @Test
    void escapesLineAndParagraphSeparators() {
        assertEquals("\"a\\u2028b\\u2029c\"", JsonWriter.compact(JsonString.of("a\u2028b\u2029c")));
    }

    @Test
    void leavesOtherUnicodeAsIs() {
        assertEquals("\"é😀\u007f\"", JsonWriter.compact(JsonString.of("é😀\u007f")));
    }

    @Test
    void writesTextThatParsesBackToAnEqualTree() {
        String text = "{\"s\":\"\\u0001\\u2028\\\"\",\"n\":[0,-1,0.1,1e-7,1.7976931348623157e+308,5e-324],"
                + "\"o\":{\"z\":null,\"t\":true,\"f\":false},\"e\":[],\"eo\":{}}";
        JsonValue parsed = JsonParser.parse(text);
        String written = JsonWriter.compact(parsed);
        assertEquals(text, written);
        assertEquals(parsed, JsonParser.parse(written));
    }

    @Test
    void roundTripsEveryCharacterOfTheBasicPlane() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xD800; c++) {
            all.append(c);
        }
        for (char c = 0xE000; c != 0; c++) {
            all.append(c);
        }
        all.append("\uD83D\uDE00");
        JsonString original = JsonString.of(all.toString());
        assertEquals(original, JsonParser.parse(JsonWriter.compact(original)));
    }

    @Test
    void writesIntegersWithoutAFraction() {
        assertEquals("[1,-3,100,0]", JsonWriter.compact(JsonParser.parse("[1.0,-3.00,1e2,-0]")));
    }

    @Test
    void writesANumberBeyondTheDoubleRangeAsItWasReadButRefusesToCanonicalizeIt() {
        JsonValue value = JsonParser.parse("[1e400]");
        assertEquals("[1e400]", JsonWriter.compact(value));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.canonical(value));
    }

    @Test
    void refusesToBuildNaNOrInfinity() {
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.builder().put("x", Double.NEGATIVE_INFINITY));
    }

    @Test
    void refusesStringsWithLoneSurrogates() {
        assertThrows(IllegalArgumentException.class, () -> JsonString.of("a\uD800"));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.builder().put("\uDC00", 1));
    }

    @Test
    void refusesDuplicateKeysWhenBuilding() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JsonObject.builder().put("x", 1).put("x", 2));
        assertEquals("duplicate key 'x'", error.getMessage());
    }

    @Test
    void refusesToBuildTreesDeeperThanTheParserAccepts() {
        JsonValue value = JsonNull.INSTANCE;
        for (int i = 0; i < JsonValue.MAX_DEPTH; i++) {
            value = JsonArray.of(Collections.singletonList(value));
        }
        JsonValue deepest = value;
        assertThrows(IllegalArgumentException.class, () -> JsonArray.of(Collections.singletonList(deepest)));
    }
}
