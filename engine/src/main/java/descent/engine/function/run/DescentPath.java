package descent.engine.function.run;

import java.util.Arrays;

/**
 * Everything a run visited, in flat growable arrays: point i, f at point i and the gradient at
 * point i for i = 0 (the start) .. size() - 1, and update i, the change that led from point i to
 * point i + 1. Coordinates are interleaved: x0, y0, x1, y1, ... in two dimensions.
 */
public final class DescentPath {

    private static final int INITIAL_CAPACITY = 64;

    private final int dimension;
    private double[] points;
    private double[] values;
    private double[] gradients;
    private double[] updates;
    private int size;
    private int updateCount;

    DescentPath(int dimension) {
        this.dimension = dimension;
        this.points = new double[INITIAL_CAPACITY * dimension];
        this.values = new double[INITIAL_CAPACITY];
        this.gradients = new double[INITIAL_CAPACITY * dimension];
        this.updates = new double[INITIAL_CAPACITY * dimension];
    }

    /** 1 or 2 coordinates per point. */
    public int dimension() {
        return dimension;
    }

    /** Number of recorded points: the start plus one per step. */
    public int size() {
        return size;
    }

    /** Coordinate {@code axis} (0 = x, 1 = y) of point {@code index}. */
    public double coordinate(int index, int axis) {
        return points[checkedPoint(index) * dimension + axis];
    }

    /** f at point {@code index}. */
    public double value(int index) {
        return values[checkedPoint(index)];
    }

    /** Component {@code axis} of the gradient at point {@code index}. */
    public double gradient(int index, int axis) {
        return gradients[checkedPoint(index) * dimension + axis];
    }

    /** Euclidean norm of the gradient at point {@code index}. */
    public double gradientNorm(int index) {
        int offset = checkedPoint(index) * dimension;
        double sum = 0;
        for (int axis = 0; axis < dimension; axis++) {
            sum += gradients[offset + axis] * gradients[offset + axis];
        }
        return Math.sqrt(sum);
    }

    /** Component {@code axis} of the change made by step {@code step} (0-based): point step -> step + 1. */
    public double update(int step, int axis) {
        if (step < 0 || step >= updateCount) {
            throw new IndexOutOfBoundsException("step " + step + " of " + updateCount);
        }
        return updates[step * dimension + axis];
    }

    /** All points, interleaved (x0, y0, x1, y1, ...). */
    public double[] copyPoints() {
        return Arrays.copyOf(points, size * dimension);
    }

    /** f at every point. */
    public double[] copyValues() {
        return Arrays.copyOf(values, size);
    }

    /** The gradient at every point, interleaved like the points. */
    public double[] copyGradients() {
        return Arrays.copyOf(gradients, size * dimension);
    }

    /** Every update, interleaved like the points; one fewer than the points. */
    public double[] copyUpdates() {
        return Arrays.copyOf(updates, updateCount * dimension);
    }

    void addPoint(double[] point, double value, double[] gradient) {
        if (size * dimension == points.length) {
            points = Arrays.copyOf(points, points.length * 2);
            values = Arrays.copyOf(values, values.length * 2);
            gradients = Arrays.copyOf(gradients, gradients.length * 2);
        }
        System.arraycopy(point, 0, points, size * dimension, dimension);
        System.arraycopy(gradient, 0, gradients, size * dimension, dimension);
        values[size] = value;
        size++;
    }

    void addUpdate(double[] update) {
        if (updateCount * dimension == updates.length) {
            updates = Arrays.copyOf(updates, updates.length * 2);
        }
        System.arraycopy(update, 0, updates, updateCount * dimension, dimension);
        updateCount++;
    }

    private int checkedPoint(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("point " + index + " of " + size);
        }
        return index;
    }
}
