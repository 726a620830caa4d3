package descent.engine.experiment;

/** The loss the network minimises. */
public enum Loss implements JsonName {
    MSE("mse"),
    BINARY_CROSS_ENTROPY("binary-cross-entropy"),
    CROSS_ENTROPY("cross-entropy");

    private final String jsonName;

    Loss(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static Loss fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
