package descent.engine.function.preset;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The lab's preset functions. Classic test functions: Rosenbrock 1960, "An automatic method for
 * finding the greatest or least value of a function"; Himmelblau 1972, "Applied Nonlinear
 * Programming"; Beale 1958, "On an iterative method for finding a local minimum of a function
 * of more than one variable".
 */
public final class FunctionPresets {

    private static final List<FunctionPreset> ALL = Collections.unmodifiableList(Arrays.asList(
            new FunctionPreset("article", "The article's parabola", "x^2 - 2*x + 1", new double[] {3}, "sgd", 0.1,
                    new double[][] {{1}},
                    "f(x) = (x - 1)^2. With learning rate 0.1 plain gradient descent reaches x = 1 in 69 steps;"
                            + " learning rate 1 makes it jump between 3 and -1 forever, 1.1 makes it diverge."),
            new FunctionPreset("valley", "Narrow valley", "x^2 + 10*y^2", new double[] {-4, 1.5}, "sgd", 0.09,
                    new double[][] {{0, 0}},
                    "Ten times steeper along y than along x: plain gradient descent zigzags across the valley"
                            + " while it crawls along it. Momentum smooths the zigzag."),
            new FunctionPreset("rosenbrock", "Rosenbrock's banana valley", "(1-x)^2 + 100*(y-x^2)^2",
                    new double[] {-1.2, 1}, "momentum", 0.001, new double[][] {{1, 1}},
                    "The valley floor is easy to find and hard to follow: the minimum at (1, 1) sits at the end"
                            + " of a long curved valley. Plain descent needs a learning rate below 2 / 1001.6, the"
                            + " largest curvature at the minimum; from about 0.002 it bounces without settling."),
            new FunctionPreset("saddle", "Saddle", "x^2 - y^2", new double[] {1, 0.001}, "sgd", 0.1,
                    new double[][] {},
                    "No minimum: f falls without bound along y. Starting slightly off the x axis, the point first"
                            + " slides toward the saddle at (0, 0), then escapes along y; with sgd, momentum and"
                            + " nesterov |f| explodes and the run diverges, while adagrad, rmsprop and adam take"
                            + " bounded steps and stop at the step limit. Started exactly on the x axis, it converges"
                            + " to the saddle point, which is not a minimum."),
            new FunctionPreset("himmelblau", "Himmelblau's function", "(x^2+y-11)^2 + (x+y^2-7)^2",
                    new double[] {0, 0}, "sgd", 0.01,
                    new double[][] {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}},
                    "Four minima, all with f = 0: which one the run finds depends on where it starts."),
            new FunctionPreset("beale", "Beale's function",
                    "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", new double[] {1, 1}, "adam",
                    0.1, new double[][] {{3, 0.5}},
                    "A flat plateau and steep walls around the minimum at (3, 0.5); adaptive steps help.")));

    private FunctionPresets() {
    }

    /** All presets, in display order. */
    public static List<FunctionPreset> all() {
        return ALL;
    }

    /**
     * The preset with this id.
     *
     * @throws IllegalArgumentException naming the unknown id and listing the known ones
     */
    public static FunctionPreset byId(String id) {
        StringBuilder known = new StringBuilder();
        for (FunctionPreset preset : ALL) {
            if (preset.id().equals(id)) {
                return preset;
            }
            known.append(known.length() == 0 ? "" : ", ").append(preset.id());
        }
        throw new IllegalArgumentException("Unknown preset '" + id + "'; expected one of: " + known);
    }
}
