package descent.engine.function;

/**
 * Turns doubles into short human-readable text without {@code String.format}, which TeaVM does
 * not support well in the browser.
 */
public final class NumberText {

    /** Significant digits kept by {@link #rounded(double)}. */
    private static final int ROUNDED_DIGITS = 4;

    private NumberText() {
    }

    /**
     * Exact text that parses back to the same double: integers without a fraction ("2", not
     * "2.0"), other values in Java's shortest form with a lower-case exponent ("1e-4").
     */
    public static String exact(double value) {
        if (value == Math.floor(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int exponentAt = text.indexOf('E');
        if (exponentAt < 0) {
            return text;
        }
        String mantissa = text.substring(0, exponentAt);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(exponentAt + 1);
    }

    /**
     * Text rounded to four significant digits for messages: "8.192e-7", "0.05", "1234", "1.5e12".
     * Plain decimal notation is used for magnitudes from 1e-4 up to 1e6.
     */
    public static String rounded(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(magnitude));
        // log10 can be off by one ulp near powers of ten (TeaVM computes it as log(x) / ln 10).
        if (magnitude / Math.pow(10, exponent) >= 10) {
            exponent++;
        } else if (magnitude / Math.pow(10, exponent) < 1) {
            exponent--;
        }
        long digits = (long) Math.floor(magnitude / Math.pow(10, exponent - ROUNDED_DIGITS + 1) + 0.5);
        if (digits >= pow10(ROUNDED_DIGITS)) {
            digits /= 10;
            exponent++;
        }
        String sign = value < 0 ? "-" : "";
        String digitText = Long.toString(digits);
        if (exponent >= -4 && exponent < 6) {
            return sign + placeDecimalPoint(digitText, exponent + 1);
        }
        return sign + placeDecimalPoint(digitText, 1) + "e" + exponent;
    }

    /** Inserts a decimal point after {@code integerDigits} digits, padding with zeros, and trims. */
    private static String placeDecimalPoint(String digits, int integerDigits) {
        StringBuilder text = new StringBuilder();
        if (integerDigits <= 0) {
            text.append("0.");
            for (int i = 0; i < -integerDigits; i++) {
                text.append('0');
            }
            text.append(digits);
        } else if (integerDigits >= digits.length()) {
            text.append(digits);
            for (int i = digits.length(); i < integerDigits; i++) {
                text.append('0');
            }
            return text.toString();
        } else {
            text.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, digits.length());
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
