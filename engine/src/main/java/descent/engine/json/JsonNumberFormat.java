package descent.engine.json;

/**
 * Writes a finite double as the shortest JSON number that reads back as the same double, in the form
 * of ECMAScript's {@code Number.prototype.toString} (so it matches the browser's {@code JSON.stringify}):
 * integers have no ".0" ({@code 100}, {@code 1e+21}), fractions are {@code 0.03} or {@code 1.5e-7},
 * and -0 is written as {@code 0}.
 */
public final class JsonNumberFormat {

    private static final double MAX_EXACT_INTEGER = 9007199254740992.0; // 2^53

    private JsonNumberFormat() {
    }

    /**
     * The shortest round-tripping text of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be finite (was " + value + ")");
        }
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) < MAX_EXACT_INTEGER && value == Math.floor(value)) {
            // Below 2^53 an integer's own digits are already the shortest form.
            return Long.toString((long) value);
        }
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        ShortestDecimal decimal = ShortestDecimal.of(Math.abs(value));
        appendEcmaScriptForm(out, decimal.digits, decimal.exponent);
        return out.toString();
    }

    /** ECMAScript Number::toString steps 6 to 10, with k digits and value = 0.digits × 10^n. */
    private static void appendEcmaScriptForm(StringBuilder out, String digits, int n) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            out.append(digits);
            for (int i = k; i < n; i++) {
                out.append('0');
            }
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = n; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            int exponent = n - 1;
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
    }
}
