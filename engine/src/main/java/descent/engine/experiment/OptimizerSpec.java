package descent.engine.experiment;

import descent.engine.json.JsonObject;

import java.util.Optional;

/**
 * An optimizer with its learning rate and the optional parameters it reads; parameters left out take
 * the engine's defaults.
 */
public final class OptimizerSpec {

    /** Momentum coefficient of momentum and nesterov. */
    public static final String MOMENTUM = "momentum";
    /** First-moment decay of adam. */
    public static final String BETA1 = "beta1";
    /** Second-moment decay of adam. */
    public static final String BETA2 = "beta2";
    /** Denominator guard of adagrad, rmsprop and adam. */
    public static final String EPSILON = "epsilon";
    /** Squared-gradient decay of rmsprop. */
    public static final String RHO = "rho";

    static final String[] PARAMETERS = {MOMENTUM, BETA1, BETA2, EPSILON, RHO};

    private final OptimizerType type;
    private final double learningRate;
    private final Double[] parameters;

    private OptimizerSpec(OptimizerType type, double learningRate, Double[] parameters) {
        this.type = type;
        this.learningRate = learningRate;
        this.parameters = parameters;
    }

    /** An optimizer with all optional parameters at their defaults. */
    public static OptimizerSpec of(OptimizerType type, double learningRate) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        return new OptimizerSpec(type, learningRate, new Double[PARAMETERS.length]);
    }

    /**
     * A copy with the optional parameter {@code name} (one of the constants of this class) set.
     *
     * @throws IllegalArgumentException if this optimizer does not read that parameter
     */
    public OptimizerSpec with(String name, double value) {
        if (!type.uses(name)) {
            throw new IllegalArgumentException("name '" + name + "' is not a parameter of " + type.jsonName());
        }
        Double[] copy = parameters.clone();
        copy[indexOf(name)] = value;
        return new OptimizerSpec(type, learningRate, copy);
    }

    /** Which optimizer. */
    public OptimizerType getType() {
        return type;
    }

    /** The (initial) learning rate. */
    public double getLearningRate() {
        return learningRate;
    }

    /** The optional parameter {@code name}, if the document sets it. */
    public Optional<Double> getParameter(String name) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("name '" + name + "' is not an optimizer parameter");
        }
        return Optional.ofNullable(parameters[index]);
    }

    /** The momentum coefficient (momentum, nesterov). */
    public Optional<Double> getMomentum() {
        return getParameter(MOMENTUM);
    }

    /** The first-moment decay (adam). */
    public Optional<Double> getBeta1() {
        return getParameter(BETA1);
    }

    /** The second-moment decay (adam). */
    public Optional<Double> getBeta2() {
        return getParameter(BETA2);
    }

    /** The denominator guard (adagrad, rmsprop, adam). */
    public Optional<Double> getEpsilon() {
        return getParameter(EPSILON);
    }

    /** The squared-gradient decay (rmsprop). */
    public Optional<Double> getRho() {
        return getParameter(RHO);
    }

    /** This optimizer as an entry of a function experiment's "optimizers" list. */
    public JsonObject toJson() {
        JsonObject.Builder json = JsonObject.builder();
        writeTo(json);
        return json.build();
    }

    /** Adds "optimizer", "learningRate" and the set parameters; the training object holds them inline. */
    void writeTo(JsonObject.Builder json) {
        json.put("optimizer", type.jsonName()).put("learningRate", learningRate);
        for (int i = 0; i < PARAMETERS.length; i++) {
            if (parameters[i] != null) {
                json.put(PARAMETERS[i], parameters[i].doubleValue());
            }
        }
    }

    private static int indexOf(String name) {
        for (int i = 0; i < PARAMETERS.length; i++) {
            if (PARAMETERS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
