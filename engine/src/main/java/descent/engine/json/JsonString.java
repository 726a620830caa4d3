package descent.engine.json;

/** A JSON string. Its value is always well-formed UTF-16: lone surrogates are rejected. */
public final class JsonString extends JsonValue {

    private final String value;

    private JsonString(String value) {
        this.value = value;
    }

    /**
     * A JSON string holding {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is null or contains a lone surrogate,
     *                                  which could not be encoded as UTF-8
     */
    public static JsonString of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        int lone = indexOfLoneSurrogate(value);
        if (lone >= 0) {
            throw new IllegalArgumentException("value contains a lone surrogate at index " + lone);
        }
        return new JsonString(value);
    }

    /** The string's characters, without quotes or escapes. */
    public String value() {
        return value;
    }

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    int depth() {
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString && ((JsonString) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Index of the first surrogate that is not part of a valid pair, or -1. */
    static int indexOfLoneSurrogate(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
