package descent.engine.experiment;

/** A gradient-descent variant, with the optional parameters it reads. */
public enum OptimizerType implements JsonName {
    SGD("sgd"),
    MOMENTUM("momentum", OptimizerSpec.MOMENTUM),
    NESTEROV("nesterov", OptimizerSpec.MOMENTUM),
    ADAGRAD("adagrad", OptimizerSpec.EPSILON),
    RMSPROP("rmsprop", OptimizerSpec.RHO, OptimizerSpec.EPSILON),
    ADAM("adam", OptimizerSpec.BETA1, OptimizerSpec.BETA2, OptimizerSpec.EPSILON);

    private final String jsonName;
    private final String[] parameters;

    OptimizerType(String jsonName, String... parameters) {
        this.jsonName = jsonName;
        this.parameters = parameters;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** Whether this optimizer reads the optional parameter {@code name} (e.g. "beta1"). */
    public boolean uses(String name) {
        return JsonNames.contains(parameters, name);
    }

    /** The value named {@code name}, or null if none is. */
    public static OptimizerType fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
