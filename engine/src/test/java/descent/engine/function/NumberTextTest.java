package descent.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void exactTextDropsTheFractionOfIntegers() {
        assertEquals("2", NumberText.exact(2.0));
        assertEquals("-17", NumberText.exact(-17.0));
        assertEquals("0", NumberText.exact(-0.0));
    }

    @Test
    void exactTextKeepsFractionsAndUsesLowerCaseExponents() {
        assertEquals("0.5", NumberText.exact(0.5));
        assertEquals("0.001", NumberText.exact(1e-3));
        assertEquals("1e-4", NumberText.exact(1e-4));
        assertEquals("2.5e-7", NumberText.exact(2.5e-7));
        assertEquals("1e20", NumberText.exact(1e20));
    }

    @Test
    void roundedTextKeepsFourSignificantDigits() {
        assertEquals("8.228e-7", NumberText.rounded(8.2275e-7));
        assertEquals("1e-6", NumberText.rounded(1e-6));
        assertEquals("0.05", NumberText.rounded(0.05));
        assertEquals("0.0001278", NumberText.rounded(1.2779e-4));
        assertEquals("1234", NumberText.rounded(1234.4));
        assertEquals("123500", NumberText.rounded(123456));
        assertEquals("1e12", NumberText.rounded(1e12));
        assertEquals("4.341e12", NumberText.rounded(4.3411959e12));
        assertEquals("-2.5", NumberText.rounded(-2.5));
        assertEquals("10", NumberText.rounded(9.99999));
        assertEquals("0", NumberText.rounded(0));
    }

    @Test
    void roundedTextNamesNonFiniteValues() {
        assertEquals("NaN", NumberText.rounded(Double.NaN));
        assertEquals("Infinity", NumberText.rounded(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", NumberText.rounded(Double.NEGATIVE_INFINITY));
    }
}
