package descent.engine.json;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class JsonCanonicalWriterTest {

    @Test
    void sortsKeysAtEveryLevel() {
        assertEquals("{\"a\":{\"x\":1,\"y\":2},\"b\":[{\"c\":3,\"d\":4}]}",
                JsonWriter.canonical(JsonParser.parse("{\"b\":[{\"d\":4,\"c\":3}],\"a\":{\"y\":2,\"x\":1}}")));
    }

    @Test
    void sortsKeysByUtf16CodeUnits() {
        // U+FF21 sorts before U+1F600 by code point but after it by UTF-16 code unit (0xD83D < 0xFF21).
        String canonical = JsonWriter.canonical(JsonParser.parse("{\"\uFF21\":1,\"😀\":2,\"B\":3,\"a\":4}"));
        assertEquals("{\"B\":3,\"a\":4,\"😀\":2,\"\uFF21\":1}", canonical);
    }

    @Test
    void normalisesNumberSpellings() {
        assertEquals("[1,100,0,0,0.5,1e+21,0.000001,1e-7,-2.5]",
                JsonWriter.canonical(JsonParser.parse("[1.0, 1e2, -0, 0.0e5, 5E-1, 1000000000000000000000, 1e-6, 0.0000001, -25e-1]")));
    }

    @Test
    void givesEqualTextForEqualContentWrittenDifferently() {
        String first = "{\n  \"seed\": 42,\n  \"rate\": 0.030,\n  \"list\": [1.0, 2]\n}";
        String second = "{\"list\":[1,2.0e0],\"rate\":3e-2,\"seed\":4.2E1}";
        assertEquals(JsonWriter.canonical(JsonParser.parse(first)), JsonWriter.canonical(JsonParser.parse(second)));
    }

    @Test
    void givesDifferentTextForDifferentContent() {
        assertNotEquals(JsonWriter.canonical(JsonParser.parse("{\"a\":[1,2]}")),
                JsonWriter.canonical(JsonParser.parse("{\"a\":[2,1]}")));
    }

    @Test
    void isStableWhenAppliedTwice() {
        String once = JsonWriter.canonical(JsonParser.parse("{\"z\":[0.1,{\"b\":\"\\u2028\",\"a\":null}],\"y\":true}"));
        assertEquals(once, JsonWriter.canonical(JsonParser.parse(once)));
    }
}
