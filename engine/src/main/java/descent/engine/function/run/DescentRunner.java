package descent.engine.function.run;

import descent.engine.function.NumberText;
import descent.engine.function.expression.Expression;
import descent.engine.function.optimizer.Optimizer;

/**
 * Runs gradient descent on a typed function, one step at a time so the page can animate it.
 * Each iteration follows the article's loop: compute the gradient; if |gradient| is below the
 * tolerance, stop; otherwise update the point. The check runs on the start point too, so a run
 * that starts at a minimum converges after 0 steps. {@link #steps()} counts updates.
 * After the start, a step allocates nothing except when the recorded path grows.
 */
public final class DescentRunner {

    /** A point farther than this from the origin counts as diverged. */
    private static final double POINT_LIMIT = 1e12;
    /** |f| beyond this many times max(1, |f(start)|) counts as an explosion. */
    private static final double VALUE_GROWTH_LIMIT = 1e12;

    private final Expression function;
    private final Optimizer optimizer;
    private final DescentSettings settings;
    private final double[] point;
    private final double[] gradient;
    private final double[] update;
    private final DescentPath path;
    private final OscillationDetector oscillation;
    private final double valueLimit;
    private double value;
    private double gradientNorm;
    private int steps;
    private DescentStatus status = DescentStatus.RUNNING;
    private String explanation = "Running.";

    /**
     * Prepares a run and judges the start point (it may already be converged or undefined).
     *
     * @param function  the function to minimize
     * @param optimizer the update rule; it is reset for this run
     * @param start     the start point, 1 or 2 coordinates and at least {@code function.dimension()}
     * @param settings  tolerance and step limit
     */
    public DescentRunner(Expression function, Optimizer optimizer, double[] start, DescentSettings settings) {
        checkStart(function, start);
        this.function = function;
        this.optimizer = optimizer;
        this.settings = settings;
        this.point = start.clone();
        this.gradient = new double[start.length];
        this.update = new double[start.length];
        this.path = new DescentPath(start.length);
        this.oscillation = new OscillationDetector(start);
        optimizer.reset(start.length);
        evaluate();
        this.valueLimit = VALUE_GROWTH_LIMIT * Math.max(1, Math.abs(value));
        judge();
    }

    /** Performs one update unless the run has finished; returns the status afterwards. */
    public DescentStatus step() {
        if (status.isFinished()) {
            return status;
        }
        optimizer.update(gradient, update);
        for (int axis = 0; axis < point.length; axis++) {
            point[axis] += update[axis];
        }
        steps++;
        path.addUpdate(update);
        evaluate();
        judge();
        return status;
    }

    /** Steps until the run finishes; always ends, at the latest at the step limit. */
    public DescentStatus runToEnd() {
        while (!status.isFinished()) {
            step();
        }
        return status;
    }

    /** The current status; {@link DescentStatus#RUNNING} until the run ends. */
    public DescentStatus status() {
        return status;
    }

    /** The optimizer's name, e.g. "adam". */
    public String optimizerName() {
        return optimizer.name();
    }

    /** One English sentence saying why the run stopped (or "Running."). */
    public String explanation() {
        return explanation;
    }

    /** Updates performed so far. */
    public int steps() {
        return steps;
    }

    /** Coordinate {@code axis} (0 = x, 1 = y) of the current point. */
    public double coordinate(int axis) {
        return point[axis];
    }

    /** f at the current point. */
    public double value() {
        return value;
    }

    /** |gradient| at the current point. */
    public double gradientNorm() {
        return gradientNorm;
    }

    /** Everything visited so far. */
    public DescentPath path() {
        return path;
    }

    private void evaluate() {
        value = function.valueAndGradient(point, gradient);
        double sum = 0;
        for (double component : gradient) {
            sum += component * component;
        }
        gradientNorm = Math.sqrt(sum);
        path.addPoint(point, value, gradient);
    }

    /** Decides the status at the current point, in order: diverged, converged, oscillating, max-steps. */
    private void judge() {
        double distance = distanceFromOrigin();
        if (!isFinite(value) || !isFinite(gradientNorm)) {
            finish(DescentStatus.DIVERGED, "Diverged " + when()
                    + ": f or its gradient is no longer a finite number (NaN or infinite).");
        } else if (!(distance <= POINT_LIMIT)) {
            finish(DescentStatus.DIVERGED, "Diverged " + when() + ": the point is " + NumberText.rounded(distance)
                    + " away from the origin, beyond the limit " + NumberText.rounded(POINT_LIMIT) + ".");
        } else if (Math.abs(value) > valueLimit) {
            finish(DescentStatus.DIVERGED, "Diverged " + when() + ": |f| = " + NumberText.rounded(Math.abs(value))
                    + " exploded past the limit " + NumberText.rounded(valueLimit)
                    + " (1e12 times the larger of 1 and |f| at the start).");
        } else if (gradientNorm < settings.tolerance()) {
            finish(DescentStatus.CONVERGED, "Converged " + when() + ": |gradient| = "
                    + NumberText.rounded(gradientNorm) + " is below the tolerance "
                    + NumberText.rounded(settings.tolerance()) + ".");
        } else if (steps > 0 && oscillation.observe(point, update, value, gradientNorm)) {
            finish(DescentStatus.OSCILLATING, "Oscillating " + when() + ": " + (oscillation.foundTwoCycle()
                    ? "the point keeps jumping between the same two points"
                    : "the point keeps bouncing back and forth and f has stopped improving")
                    + "; try a smaller learning rate.");
        } else if (steps >= settings.maxSteps()) {
            finish(DescentStatus.MAX_STEPS, "Stopped at the step limit of " + settings.maxSteps()
                    + " steps: |gradient| = " + NumberText.rounded(gradientNorm) + " is still above the tolerance "
                    + NumberText.rounded(settings.tolerance()) + ".");
        }
    }

    private void finish(DescentStatus finalStatus, String reason) {
        status = finalStatus;
        explanation = reason;
    }

    private String when() {
        if (steps == 0) {
            return "before any step";
        }
        return steps == 1 ? "after 1 step" : "after " + steps + " steps";
    }

    private double distanceFromOrigin() {
        double sum = 0;
        for (double coordinate : point) {
            sum += coordinate * coordinate;
        }
        return Math.sqrt(sum);
    }

    private static boolean isFinite(double number) {
        return !Double.isNaN(number) && !Double.isInfinite(number);
    }

    private static void checkStart(Expression function, double[] start) {
        if (start.length < 1 || start.length > 2 || start.length < function.dimension()) {
            throw new IllegalArgumentException("The start point needs " + function.dimension()
                    + (function.dimension() == 1 ? " or 2" : "") + " coordinates, got " + start.length);
        }
        for (double coordinate : start) {
            if (!isFinite(coordinate)) {
                throw new IllegalArgumentException("The start point must be finite, got " + coordinate);
            }
        }
    }
}
