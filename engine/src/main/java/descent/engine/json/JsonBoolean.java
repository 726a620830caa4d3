package descent.engine.json;

/** The JSON literals {@code true} and {@code false}. */
public final class JsonBoolean extends JsonValue {

    /** The literal {@code true}. */
    public static final JsonBoolean TRUE = new JsonBoolean(true);
    /** The literal {@code false}. */
    public static final JsonBoolean FALSE = new JsonBoolean(false);

    private final boolean value;

    private JsonBoolean(boolean value) {
        this.value = value;
    }

    /** The shared instance for {@code value}. */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The boolean this literal stands for. */
    public boolean value() {
        return value;
    }

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    int depth() {
        return 0;
    }
}
