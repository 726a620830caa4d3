package descent.engine.function.optimizer;

/**
 * One gradient-based update rule for a point in R^1 or R^2. The runner calls
 * {@link #reset(int)} once per run and then {@link #update(double[], double[])} once per step
 * with the gradient at the current point; the returned change is added to the point.
 * Implementations keep their state in preallocated arrays and allocate nothing per step.
 */
public interface Optimizer {

    /** The optimizer's name as accepted by {@link OptimizerKind#fromName(String)}, e.g. "adam". */
    String name();

    /** Forgets all state (velocities, running averages, step count) for a run in this dimension. */
    void reset(int dimension);

    /**
     * Computes the change of the point for one step.
     *
     * @param gradient  the gradient of f at the current point
     * @param updateOut receives the change to add to each coordinate of the point
     */
    void update(double[] gradient, double[] updateOut);
}
