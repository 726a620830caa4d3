package descent.engine.experiment;

/** Activation of the output layer. */
public enum OutputActivation implements JsonName {
    LINEAR("linear"),
    SIGMOID("sigmoid"),
    TANH("tanh"),
    SOFTMAX("softmax");

    private final String jsonName;

    OutputActivation(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static OutputActivation fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
