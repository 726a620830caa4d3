package descent.engine.json;

/**
 * A JSON number: its {@code double} value and its text. A parsed number keeps the text it was written
 * with (so a value outside the double range, such as {@code 1e400}, is still reported as written);
 * a constructed number's text is its {@link JsonNumberFormat shortest form}.
 */
public final class JsonNumber extends JsonValue {

    private static final double MAX_EXACT_INTEGER = 9007199254740992.0; // 2^53

    private final double value;
    private final String text;
    /** The shortest form, computed at most once: formatting is the costly part of writing large documents. */
    private String shortestText;

    private JsonNumber(double value, String text, String shortestText) {
        this.value = value;
        this.text = text;
        this.shortestText = shortestText;
    }

    /**
     * A number holding {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot represent
     */
    public static JsonNumber of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be finite (was " + value + ")");
        }
        String shortest = JsonNumberFormat.format(value);
        return new JsonNumber(value, shortest, shortest);
    }

    /**
     * A number holding the integer {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is beyond ±2^53, where a double is no longer exact
     */
    public static JsonNumber of(long value) {
        if (Math.abs((double) value) > MAX_EXACT_INTEGER) {
            throw new IllegalArgumentException("value must be within ±2^53 (was " + value + ")");
        }
        String text = Long.toString(value);
        return new JsonNumber(value, text, text);
    }

    /** A parsed number: {@code text} is already known to match the JSON number grammar. */
    static JsonNumber parsed(String text) {
        return new JsonNumber(Double.parseDouble(text), text, null);
    }

    /** The value; infinite only for a parsed number whose magnitude is beyond the double range. */
    public double doubleValue() {
        return value;
    }

    /** The text as written in the parsed document, or the shortest form for a constructed number. */
    public String text() {
        return text;
    }

    /**
     * The shortest text that reads back as the same value, as {@link JsonNumberFormat#format} gives it.
     *
     * @throws IllegalArgumentException if the value is beyond the double range
     */
    public String shortestText() {
        if (shortestText == null) {
            shortestText = JsonNumberFormat.format(value);
        }
        return shortestText;
    }

    /** Whether the value is finite; false only for parsed numbers such as {@code 1e400}. */
    public boolean isFinite() {
        return !Double.isInfinite(value);
    }

    /** Whether the value is finite and has no fractional part. */
    public boolean isIntegral() {
        return isFinite() && value == Math.floor(value);
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    int depth() {
        return 0;
    }

    /** Numbers are equal when their values are: {@code 1.0}, {@code 1} and {@code 1e0} are one number. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber && ((JsonNumber) other).value == value;
    }

    @Override
    public int hashCode() {
        // 0.0 and -0.0 are equal, so they must hash alike.
        return value == 0 ? 0 : Double.hashCode(value);
    }
}
