package descent.engine.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonNumberFormatTest {

    @ParameterizedTest
    @CsvSource({
            "0.0, 0",
            "-0.0, 0",
            "1.0, 1",
            "-42.0, -42",
            "0.1, 0.1",
            "0.03, 0.03",
            "1.0E-6, 0.000001",
            "1.0E-7, 1e-7",
            "1.5E-7, 1.5e-7",
            "123.456, 123.456",
            "1.0E20, 100000000000000000000",
            "1.0E21, 1e+21",
            "1.2345678901234568E17, 123456789012345680",
            "0.30000000000000004, 0.30000000000000004",
            "4.9E-324, 5e-324",
            "1.7976931348623157E308, 1.7976931348623157e+308",
            "2.2250738585072014E-308, 2.2250738585072014e-308",
            "9.007199254740992E15, 9007199254740992",
    })
    void writesTheShortestFormLikeJavaScript(double value, String expected) {
        assertEquals(expected, JsonNumberFormat.format(value));
    }

    @Test
    void readsBackAsTheSameDoubleForRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String text = JsonNumberFormat.format(value);
            assertEquals(value, Double.parseDouble(text), text);
            assertEquals(value, ((JsonNumber) JsonParser.parse(text)).doubleValue(), text);
        }
    }

    @Test
    void isNeverLongerThanJavasOwnShortestDigits() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            int ours = significantDigits(JsonNumberFormat.format(value));
            int javas = significantDigits(Double.toString(value));
            assertTrue(ours <= javas, value + ": " + JsonNumberFormat.format(value));
        }
    }

    @Test
    void refusesNaNAndInfinity() {
        assertThrows(IllegalArgumentException.class, () -> JsonNumberFormat.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonNumberFormat.format(Double.NEGATIVE_INFINITY));
    }

    private static int significantDigits(String text) {
        String mantissa = text.toLowerCase().split("e")[0].replace("-", "").replace(".", "");
        int start = 0;
        while (start < mantissa.length() - 1 && mantissa.charAt(start) == '0') {
            start++;
        }
        int end = mantissa.length();
        while (end > start + 1 && mantissa.charAt(end - 1) == '0') {
            end--;
        }
        return end - start;
    }
}
