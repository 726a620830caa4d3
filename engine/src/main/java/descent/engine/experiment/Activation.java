package descent.engine.experiment;

/** Activation of a hidden layer. */
public enum Activation implements JsonName {
    LINEAR("linear"),
    SIGMOID("sigmoid"),
    TANH("tanh"),
    RELU("relu"),
    LEAKY_RELU("leaky-relu"),
    ELU("elu"),
    SWISH("swish");

    private final String jsonName;

    Activation(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The value named {@code name}, or null if none is. */
    public static Activation fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
