package descent.engine.json;

/** The JSON literal {@code null}. */
public final class JsonNull extends JsonValue {

    /** The only instance. */
    public static final JsonNull INSTANCE = new JsonNull();

    private JsonNull() {
    }

    @Override
    public String typeName() {
        return "null";
    }

    @Override
    int depth() {
        return 0;
    }
}
