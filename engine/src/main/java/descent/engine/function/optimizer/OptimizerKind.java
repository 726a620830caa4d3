package descent.engine.function.optimizer;

/** The available optimizers, with the names the page uses for them. */
public enum OptimizerKind {
    SGD("sgd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    ADAGRAD("adagrad"),
    RMSPROP("rmsprop"),
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    /** The lower-case name, e.g. "rmsprop". */
    public String id() {
        return id;
    }

    /**
     * The optimizer called {@code name}, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the unknown value and listing the known ones
     */
    public static OptimizerKind fromName(String name) {
        String wanted = name == null ? "" : name.trim();
        for (OptimizerKind kind : values()) {
            if (kind.id.equalsIgnoreCase(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown optimizer '" + name + "'; expected one of: " + knownNames());
    }

    /** A new optimizer of this kind; call {@link Optimizer#reset(int)} before the first update. */
    public Optimizer create(Hyperparameters hyperparameters) {
        return new PointOptimizer(this, hyperparameters);
    }

    private static String knownNames() {
        StringBuilder names = new StringBuilder();
        for (OptimizerKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.id);
        }
        return names.toString();
    }
}
