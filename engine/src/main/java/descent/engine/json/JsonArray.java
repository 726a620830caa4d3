package descent.engine.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable JSON array. */
public final class JsonArray extends JsonValue {

    private final List<JsonValue> values;
    private final int depth;

    private JsonArray(List<JsonValue> values, int depth) {
        this.values = values;
        this.depth = depth;
    }

    /**
     * An array holding a copy of {@code values}.
     *
     * @throws IllegalArgumentException if {@code values} or an element is null, or nesting exceeds {@link #MAX_DEPTH}
     */
    public static JsonArray of(List<? extends JsonValue> values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        List<JsonValue> copy = new ArrayList<>(values.size());
        int deepest = 0;
        for (int i = 0; i < values.size(); i++) {
            JsonValue value = values.get(i);
            if (value == null) {
                throw new IllegalArgumentException("values[" + i + "] must not be null");
            }
            deepest = Math.max(deepest, value.depth());
            copy.add(value);
        }
        return new JsonArray(Collections.unmodifiableList(copy), checkedDepth(deepest + 1));
    }

    /** An array of numbers; each must be finite. */
    public static JsonArray ofNumbers(double[] numbers) {
        if (numbers == null) {
            throw new IllegalArgumentException("numbers must not be null");
        }
        List<JsonValue> list = new ArrayList<>(numbers.length);
        for (double number : numbers) {
            list.add(JsonNumber.of(number));
        }
        return new JsonArray(Collections.unmodifiableList(list), 1);
    }

    /** The number of elements. */
    public int size() {
        return values.size();
    }

    /** The element at {@code index}. */
    public JsonValue get(int index) {
        return values.get(index);
    }

    /** The elements, as an unmodifiable list. */
    public List<JsonValue> values() {
        return values;
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    int depth() {
        return depth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray && ((JsonArray) other).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
