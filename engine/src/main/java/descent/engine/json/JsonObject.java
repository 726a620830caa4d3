package descent.engine.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable JSON object. Keys are unique and keep the order in which they were written;
 * equality ignores that order, as JSON objects are unordered.
 */
public final class JsonObject extends JsonValue {

    private final List<String> keys;
    private final Map<String, JsonValue> members;
    private final int depth;

    private JsonObject(List<String> keys, Map<String, JsonValue> members, int depth) {
        this.keys = keys;
        this.members = members;
        this.depth = depth;
    }

    /** A builder for a new object. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of members. */
    public int size() {
        return keys.size();
    }

    /** The keys in document order, as an unmodifiable list. */
    public List<String> keys() {
        return keys;
    }

    /** Whether a member named {@code key} exists. */
    public boolean has(String key) {
        return members.containsKey(key);
    }

    /** The member named {@code key}, or null if there is none. */
    public JsonValue get(String key) {
        return members.get(key);
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    int depth() {
        return depth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject && ((JsonObject) other).members.equals(members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /** Collects members in order; rejects duplicate keys. A builder builds one object. */
    public static final class Builder {

        private final List<String> keys = new ArrayList<>();
        private final Map<String, JsonValue> members = new HashMap<>();
        private int deepest;

        private Builder() {
        }

        /** Whether {@code key} was already added. */
        public boolean has(String key) {
            return members.containsKey(key);
        }

        /**
         * Adds a member.
         *
         * @throws IllegalArgumentException if {@code key} or {@code value} is null, the key is not a valid
         *                                  JSON string, or the key was already added
         */
        public Builder put(String key, JsonValue value) {
            if (key == null) {
                throw new IllegalArgumentException("key must not be null");
            }
            if (value == null) {
                throw new IllegalArgumentException("value for key '" + key + "' must not be null");
            }
            if (JsonString.indexOfLoneSurrogate(key) >= 0) {
                throw new IllegalArgumentException("key contains a lone surrogate");
            }
            if (members.containsKey(key)) {
                throw new IllegalArgumentException("duplicate key '" + key + "'");
            }
            keys.add(key);
            members.put(key, value);
            deepest = Math.max(deepest, value.depth());
            return this;
        }

        /** Adds a string member. */
        public Builder put(String key, String value) {
            return put(key, JsonString.of(value));
        }

        /** Adds a number member; {@code value} must be finite. */
        public Builder put(String key, double value) {
            return put(key, JsonNumber.of(value));
        }

        /** Adds an integer member. */
        public Builder put(String key, long value) {
            return put(key, JsonNumber.of(value));
        }

        /** Adds a boolean member. */
        public Builder put(String key, boolean value) {
            return put(key, JsonBoolean.of(value));
        }

        /** The object holding the members added so far. */
        public JsonObject build() {
            return new JsonObject(
                    Collections.unmodifiableList(new ArrayList<>(keys)),
                    Collections.unmodifiableMap(new HashMap<>(members)),
                    checkedDepth(deepest + 1));
        }
    }
}
