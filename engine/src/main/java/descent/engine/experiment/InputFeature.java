package descent.engine.experiment;

/** An input computed from the two coordinates of generated 2-D data. */
public enum InputFeature implements JsonName {
    X1("x1"),
    X2("x2"),
    X1_SQUARED("x1^2"),
    X2_SQUARED("x2^2"),
    X1_TIMES_X2("x1*x2"),
    SIN_X1("sin(x1)"),
    SIN_X2("sin(x2)");

    private final String jsonName;

    InputFeature(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static InputFeature fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
