package descent.engine.experiment;

/** How initial weights are drawn when the document gives none. */
public enum WeightInit implements JsonName {
    GLOROT("glorot"),
    HE("he"),
    UNIFORM("uniform"),
    ZEROS("zeros");

    private final String jsonName;

    WeightInit(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static WeightInit fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
