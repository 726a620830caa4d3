package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;

/**
 * Reads the fields of one JSON object, naming each problem by the field's full path
 * (e.g. {@code training.schedule.gamma}). Getters return null when a field is absent or invalid.
 */
final class ObjectReader {

    private final JsonObject object;
    private final String path;
    private final ValueReader values;

    ObjectReader(JsonObject object, String path, ValueReader values) {
        this.object = object;
        this.path = path;
        this.values = values;
    }

    /** The reader of the object in field {@code key}, or null if it is absent (when optional) or not an object. */
    ObjectReader child(String key, boolean required) {
        JsonValue value = field(key, required);
        JsonObject child = value == null ? null : values.object(value, path(key));
        return child == null ? null : new ObjectReader(child, path(key), values);
    }

    /** The full path of field {@code key}. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ValueReader values() {
        return values;
    }

    /** See {@link ValueReader#errorCount()}. */
    int errorCount() {
        return values.errorCount();
    }

    boolean has(String key) {
        return object.has(key);
    }

    /** Reports every field not in {@code allowed}, listing the allowed ones so a typo is easy to fix. */
    void allowOnly(String... allowed) {
        for (String key : object.keys()) {
            if (!contains(allowed, key)) {
                values.error(path(TextRules.display(key)), "unknown field (allowed: " + join(allowed) + ")");
            }
        }
    }

    /** {@link #allowOnly(String...)} with two groups of names, such as the common fields and a kind's own. */
    void allowOnly(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        allowOnly(all);
    }

    /** Reports field {@code key} if present: it does not belong with the other fields, as {@code reason} says. */
    void forbid(String key, String reason) {
        if (object.has(key)) {
            values.error(path(key), reason);
        }
    }

    /** Reports an error on field {@code key}. */
    void error(String key, String message) {
        values.error(path(key), message);
    }

    Double number(String key, boolean required, NumberRange range) {
        JsonValue value = field(key, required);
        return value == null ? null : values.number(value, path(key), range);
    }

    /** An integer that fits an int (every integer field but the seed). */
    Integer integer(String key, boolean required, NumberRange range) {
        Long value = longInteger(key, required, range);
        return value == null ? null : (int) value.longValue();
    }

    Long longInteger(String key, boolean required, NumberRange range) {
        JsonValue value = field(key, required);
        return value == null ? null : values.integer(value, path(key), range);
    }

    String string(String key, boolean required) {
        JsonValue value = field(key, required);
        return value == null ? null : values.string(value, path(key));
    }

    Boolean bool(String key, boolean required) {
        JsonValue value = field(key, required);
        return value == null ? null : values.bool(value, path(key));
    }

    <E extends JsonName> E name(String key, boolean required, E[] choices) {
        JsonValue value = field(key, required);
        return value == null ? null : values.name(value, path(key), choices);
    }

    JsonArray array(String key, boolean required) {
        JsonValue value = field(key, required);
        return value == null ? null : values.array(value, path(key));
    }

    JsonArray array(String key, boolean required, int min, int max, String items) {
        JsonValue value = field(key, required);
        return value == null ? null : values.array(value, path(key), min, max, items);
    }

    /** The raw value of {@code key}; reports "is required" if it is absent but required. */
    JsonValue field(String key, boolean required) {
        JsonValue value = object.get(key);
        if (value == null && required) {
            values.error(path(key), "is required");
        }
        return value;
    }

    private static String join(String[] names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(name);
        }
        return out.toString();
    }

    private static boolean contains(String[] names, String name) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
