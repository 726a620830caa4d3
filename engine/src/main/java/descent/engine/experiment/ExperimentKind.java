package descent.engine.experiment;

/** What an experiment trains: a neural network on data, or optimizers on a formula. */
public enum ExperimentKind implements JsonName {
    NETWORK("network"),
    FUNCTION("function");

    private final String jsonName;

    ExperimentKind(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static ExperimentKind fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
