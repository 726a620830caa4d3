package descent.engine.experiment;

/** The weight penalty added to the loss. */
public enum Regularization implements JsonName {
    NONE("none"),
    L1("l1"),
    L2("l2");

    private final String jsonName;

    Regularization(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static Regularization fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
