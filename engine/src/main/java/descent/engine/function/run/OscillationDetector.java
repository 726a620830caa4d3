package descent.engine.function.run;

/**
 * Recognizes runs that bounce forever without settling, by two rules:
 * <ol>
 * <li>two-cycle: the point returns to where it was two steps earlier (within a relative
 * 1e-9) while really moving, {@link #CYCLE_CONFIRMATIONS} steps in a row. Plain gradient descent
 * on a parabola with learning rate exactly 2 / curvature does this: 3, -1, 3, -1, ...</li>
 * <li>steady bouncing: over a window of {@link #WINDOW} steps, at least 90 % of the updates
 * reverse the direction of the previous one, the largest |gradient| in the window is within 1 %
 * of the previous window's (the swings neither shrink nor grow; growing ones are left to the
 * divergence check) and the lowest f in the window is not 0.1 % below the previous window's
 * (no progress, as opposed to zigzagging along a valley toward the minimum).</li>
 * </ol>
 */
final class OscillationDetector {

    /** Consecutive confirmed repeats before a two-cycle is reported. */
    private static final int CYCLE_CONFIRMATIONS = 10;
    /** Steps per window of the steady-bouncing rule. */
    private static final int WINDOW = 50;
    /** Relative distance under which two points count as the same. */
    private static final double SAME_POINT = 1e-9;
    /** Share of direction reversals that makes a window "bouncing". */
    private static final double REVERSING_SHARE = 0.9;
    /** Relative change of the largest |gradient| between windows that still counts as steady. */
    private static final double STEADY_BAND = 0.01;
    /** Relative drop of the lowest f between windows that counts as progress. */
    private static final double PROGRESS = 1e-3;

    private final double[] previousPoint;
    private final double[] pointBeforePrevious;
    private final double[] previousUpdate;
    private int observed;
    private int confirmedRepeats;
    private int windowSteps;
    private int windowReversals;
    private double windowLargestGradient;
    private double previousWindowLargestGradient = Double.NaN;
    private double windowLowestValue = Double.POSITIVE_INFINITY;
    private double previousWindowLowestValue = Double.NaN;
    private boolean twoCycle;

    OscillationDetector(double[] start) {
        int dimension = start.length;
        previousPoint = start.clone();
        pointBeforePrevious = new double[dimension];
        previousUpdate = new double[dimension];
    }

    /** True when the last detection was a two-cycle, false when it was steady bouncing. */
    boolean foundTwoCycle() {
        return twoCycle;
    }

    /** Takes in one step (the update made and where it led); true once the run oscillates. */
    boolean observe(double[] point, double[] update, double value, double gradientNorm) {
        observed++;
        boolean cycles = observed >= 2 && isTwoCycleStep(point);
        confirmedRepeats = cycles ? confirmedRepeats + 1 : 0;
        boolean reversed = observed >= 2 && dot(update, previousUpdate) < 0;
        boolean bouncing = windowEnds(reversed, value, gradientNorm);
        System.arraycopy(previousPoint, 0, pointBeforePrevious, 0, point.length);
        System.arraycopy(point, 0, previousPoint, 0, point.length);
        System.arraycopy(update, 0, previousUpdate, 0, update.length);
        twoCycle = confirmedRepeats >= CYCLE_CONFIRMATIONS;
        return twoCycle || bouncing;
    }

    private boolean isTwoCycleStep(double[] point) {
        double scale = SAME_POINT * (1 + norm(point));
        return distance(point, pointBeforePrevious) <= scale && distance(point, previousPoint) > scale;
    }

    /** Counts one step into the window; at the window's end, tells whether it bounced steadily. */
    private boolean windowEnds(boolean reversed, double value, double gradientNorm) {
        windowSteps++;
        if (reversed) {
            windowReversals++;
        }
        windowLargestGradient = Math.max(windowLargestGradient, gradientNorm);
        windowLowestValue = Math.min(windowLowestValue, value);
        if (windowSteps < WINDOW) {
            return false;
        }
        double previousGradient = previousWindowLargestGradient;
        boolean steady = windowLargestGradient >= (1 - STEADY_BAND) * previousGradient
                && windowLargestGradient <= (1 + STEADY_BAND) * previousGradient;
        double previousValue = previousWindowLowestValue;
        boolean stalled = windowLowestValue >= previousValue - PROGRESS * Math.abs(previousValue);
        boolean bouncing = windowReversals >= REVERSING_SHARE * WINDOW;
        previousWindowLargestGradient = windowLargestGradient;
        previousWindowLowestValue = windowLowestValue;
        windowSteps = 0;
        windowReversals = 0;
        windowLargestGradient = 0;
        windowLowestValue = Double.POSITIVE_INFINITY;
        return bouncing && steady && stalled;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double difference = a[i] - b[i];
            sum += difference * difference;
        }
        return Math.sqrt(sum);
    }
}
