package descent.engine.json;

/**
 * An immutable JSON value. The hierarchy is closed: {@link JsonObject}, {@link JsonArray},
 * {@link JsonString}, {@link JsonNumber}, {@link JsonBoolean} and {@link JsonNull}.
 */
public abstract class JsonValue {

    /** The deepest nesting of arrays and objects that a tree may have; the parser enforces the same limit. */
    public static final int MAX_DEPTH = 64;

    JsonValue() {
        // Package-private so that no other subclass can appear: code switching on the type stays exhaustive.
    }

    /** The JSON type name used in messages: "object", "array", "string", "number", "boolean" or "null". */
    public abstract String typeName();

    /** Nesting depth: 0 for scalars, 1 + the deepest child for arrays and objects. */
    abstract int depth();

    /** The compact JSON text of this value. */
    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }

    static int checkedDepth(int depth) {
        // Bounding the depth at construction keeps every recursive walk (writer, equals) far from the stack limit.
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting must not exceed " + MAX_DEPTH + " levels");
        }
        return depth;
    }
}
