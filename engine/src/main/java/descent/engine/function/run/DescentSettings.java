package descent.engine.function.run;

/** When a run stops: the gradient tolerance and the step limit. Immutable; {@code with...} copies. */
public final class DescentSettings {

    /** Stop when |gradient| (Euclidean norm) is below this. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** The default step limit. */
    public static final int DEFAULT_MAX_STEPS = 10_000;
    /** The largest step limit accepted, so a run always ends in reasonable time and memory. */
    public static final int MAX_STEPS_LIMIT = 1_000_000;

    private final double tolerance;
    private final int maxSteps;

    private DescentSettings(double tolerance, int maxSteps) {
        this.tolerance = tolerance;
        this.maxSteps = maxSteps;
    }

    /** Tolerance 1e-6 and at most 10000 steps. */
    public static DescentSettings defaults() {
        return new DescentSettings(DEFAULT_TOLERANCE, DEFAULT_MAX_STEPS);
    }

    /** The gradient-norm tolerance. */
    public double tolerance() {
        return tolerance;
    }

    /** The most updates a run performs. */
    public int maxSteps() {
        return maxSteps;
    }

    /** A copy with this tolerance; it must be finite and positive. */
    public DescentSettings withTolerance(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("tolerance must be a positive number, got " + value);
        }
        return new DescentSettings(value, maxSteps);
    }

    /** A copy with this step limit, from 1 to {@link #MAX_STEPS_LIMIT}. */
    public DescentSettings withMaxSteps(int value) {
        if (value < 1 || value > MAX_STEPS_LIMIT) {
            throw new IllegalArgumentException("maxSteps must be from 1 to " + MAX_STEPS_LIMIT + ", got " + value);
        }
        return new DescentSettings(tolerance, value);
    }
}
