package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Racing optimizers down a formula of one or two variables: kind "function". */
public final class FunctionExperiment extends Experiment {

    private final Long seed;
    private final String function;
    private final double[] start;
    private final double tolerance;
    private final int maxSteps;
    private final List<OptimizerSpec> optimizers;

    /** The title, description, parent and seed are optional (null when absent). */
    public FunctionExperiment(String title, String description, String parent, Long seed, String function,
                              double[] start, double tolerance, int maxSteps, List<OptimizerSpec> optimizers) {
        super(title, description, parent);
        if (function == null || start == null) {
            throw new IllegalArgumentException("function and start must not be null");
        }
        if (optimizers == null || optimizers.contains(null)) {
            throw new IllegalArgumentException("optimizers must not be null or hold null");
        }
        this.seed = seed;
        this.function = function;
        this.start = start.clone();
        this.tolerance = tolerance;
        this.maxSteps = maxSteps;
        this.optimizers = Collections.unmodifiableList(new ArrayList<>(optimizers));
    }

    @Override
    public ExperimentKind getKind() {
        return ExperimentKind.FUNCTION;
    }

    /** Optional seed, for optimizers or noise that draw random numbers. */
    public Optional<Long> getSeed() {
        return Optional.ofNullable(seed);
    }

    /** The formula, as typed; the expression parser checks its syntax. */
    public String getFunction() {
        return function;
    }

    /** A copy of the starting point: one or two coordinates. */
    public double[] getStart() {
        return start.clone();
    }

    /** Stop when the gradient's norm is below this. */
    public double getTolerance() {
        return tolerance;
    }

    /** Most steps per optimizer. */
    public int getMaxSteps() {
        return maxSteps;
    }

    /** The optimizers that race, from the same start. */
    public List<OptimizerSpec> getOptimizers() {
        return optimizers;
    }

    @Override
    void writeFields(JsonObject.Builder json) {
        if (seed != null) {
            json.put("seed", seed.longValue());
        }
        List<JsonValue> entries = new ArrayList<>(optimizers.size());
        for (OptimizerSpec optimizer : optimizers) {
            entries.add(optimizer.toJson());
        }
        json.put("function", function)
                .put("start", JsonArray.ofNumbers(start))
                .put("tolerance", tolerance)
                .put("maxSteps", maxSteps)
                .put("optimizers", JsonArray.of(entries));
    }
}
