package descent.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientTest {

    /** Points where every checked function below is smooth and well conditioned. */
    private static final double[][] POSITIVE_POINTS = {{0.3, 0.7}, {1.7, 1.3}, {2.5, 0.4}, {0.9, 2.2}};
    private static final double[][] MIXED_POINTS = {{0.3, 0.7}, {-1.1, 0.9}, {2.5, -0.4}, {-0.6, -1.8}};

    /**
     * Compares the tape's gradient with central differences (f(x+h) - f(x-h)) / 2h, whose error is
     * O(h^2); the relative error must stay below 1e-6 (absolute for gradients smaller than 1).
     */
    private static void assertGradientMatchesCentralDifferences(String text, double[][] points) {
        Expression function = Expression.parse(text);
        for (double[] point : points) {
            double[] gradient = new double[2];
            double value = function.valueAndGradient(point, gradient);
            assertEquals(function.value(point), value, text);
            for (int axis = 0; axis < 2; axis++) {
                double h = 1e-5 * Math.max(1, Math.abs(point[axis]));
                double[] ahead = point.clone();
                double[] behind = point.clone();
                ahead[axis] += h;
                behind[axis] -= h;
                double numeric = (function.value(ahead) - function.value(behind)) / (2 * h);
                double error = Math.abs(gradient[axis] - numeric) / Math.max(1, Math.abs(numeric));
                assertTrue(error < 1e-6, text + " at (" + point[0] + ", " + point[1] + "), axis " + axis
                        + ": automatic " + gradient[axis] + " vs numeric " + numeric);
            }
        }
    }

    @Test
    void additionAndSubtractionHaveExactGradients() {
        assertGradientMatchesCentralDifferences("x + y", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("x - y", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("3*x - 2*y + 7", MIXED_POINTS);
    }

    @Test
    void multiplicationAndDivisionHaveExactGradients() {
        assertGradientMatchesCentralDifferences("x * y", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("x / y", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("1 / (x*x + y*y)", MIXED_POINTS);
    }

    @Test
    void powersHaveExactGradientsInBaseAndExponent() {
        assertGradientMatchesCentralDifferences("x ^ 3", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("x ^ y", POSITIVE_POINTS);
        assertGradientMatchesCentralDifferences("2 ^ (x*y)", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("x ^ -1.5", POSITIVE_POINTS);
        assertGradientMatchesCentralDifferences("y ^ x ^ 2", POSITIVE_POINTS);
    }

    @Test
    void unaryMinusHasAnExactGradient() {
        assertGradientMatchesCentralDifferences("-x", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("-(x*y) - -y", MIXED_POINTS);
    }

    @Test
    void trigonometricFunctionsHaveExactGradients() {
        assertGradientMatchesCentralDifferences("sin(x*y)", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("cos(x + 2*y)", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("tan(x - y)", new double[][] {{0.3, 0.7}, {1.1, 0.9}, {-0.2, 0.4}});
    }

    @Test
    void exponentialAndLogarithmHaveExactGradients() {
        assertGradientMatchesCentralDifferences("exp(x*y)", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("log(x*y)", POSITIVE_POINTS);
        assertGradientMatchesCentralDifferences("exp(-(x^2 + y^2))", MIXED_POINTS);
    }

    @Test
    void rootAndAbsoluteValueHaveExactGradients() {
        assertGradientMatchesCentralDifferences("sqrt(x*x + y)", POSITIVE_POINTS);
        assertGradientMatchesCentralDifferences("abs(x - 2*y)", MIXED_POINTS);
    }

    @Test
    void squashingFunctionsHaveExactGradients() {
        assertGradientMatchesCentralDifferences("tanh(x*y)", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("sigmoid(x - y)", MIXED_POINTS);
    }

    @Test
    void constantsAreNotDifferentiated() {
        assertGradientMatchesCentralDifferences("pi*x + e^y", MIXED_POINTS);
    }

    @Test
    void thePresetFunctionsHaveExactGradients() {
        assertGradientMatchesCentralDifferences("(1-x)^2 + 100*(y-x^2)^2", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("(x^2+y-11)^2 + (x+y^2-7)^2", MIXED_POINTS);
        assertGradientMatchesCentralDifferences(
                "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", MIXED_POINTS);
        assertGradientMatchesCentralDifferences("x^2 - y^2", MIXED_POINTS);
    }

    @Test
    void aVariableUsedManyTimesAccumulatesItsAdjoint() {
        assertGradientMatchesCentralDifferences("x*x*x + x*sin(x) + x/y", POSITIVE_POINTS);
    }

    @Test
    void theArticleDerivativeIsExactlyTwoXMinusTwo() {
        Expression function = Expression.parse("x^2 - 2*x + 1");
        double[] gradient = new double[1];
        assertEquals(4, function.valueAndGradient(new double[] {3}, gradient));
        assertEquals(4, gradient[0]);
        function.valueAndGradient(new double[] {1}, gradient);
        assertEquals(0, gradient[0]);
        function.valueAndGradient(new double[] {-0.25}, gradient);
        assertEquals(-2.5, gradient[0]);
    }

    @Test
    void aNegativeBaseWithAConstantExponentHasAFiniteDerivative() {
        double[] gradient = new double[1];
        Expression.parse("x^2").valueAndGradient(new double[] {-3}, gradient);
        assertEquals(-6, gradient[0]);
        Expression.parse("x^3").valueAndGradient(new double[] {-2}, gradient);
        assertEquals(12, gradient[0]);
    }

    @Test
    void specialPointsGetTheirLimitingDerivatives() {
        double[] gradient = new double[2];
        Expression.parse("abs(x)").valueAndGradient(new double[] {0}, gradient);
        assertEquals(0, gradient[0]);
        Expression.parse("x^0").valueAndGradient(new double[] {0}, gradient);
        assertEquals(0, gradient[0]);
        Expression.parse("x^y").valueAndGradient(new double[] {0, 2}, gradient);
        assertEquals(0, gradient[0]);
        assertEquals(0, gradient[1]);
        Expression.parse("sqrt(x)").valueAndGradient(new double[] {0}, gradient);
        assertEquals(Double.POSITIVE_INFINITY, gradient[0]);
        Expression.parse("tanh(x)").valueAndGradient(new double[] {1000}, gradient);
        assertEquals(0, gradient[0]);
    }

    @Test
    void unusedVariablesGetAZeroGradient() {
        double[] gradient = {99, 99};
        Expression.parse("x^2").valueAndGradient(new double[] {3, 5}, gradient);
        assertEquals(6, gradient[0]);
        assertEquals(0, gradient[1]);
        Expression.parse("7").valueAndGradient(new double[] {3, 5}, gradient);
        assertEquals(0, gradient[0]);
        assertEquals(0, gradient[1]);
        Expression.parse("y^2").valueAndGradient(new double[] {3, 5}, gradient);
        assertEquals(0, gradient[0]);
        assertEquals(10, gradient[1]);
    }

    @Test
    void repeatedEvaluationsGiveIdenticalResults() {
        Expression function = Expression.parse("sin(x*y) + x^2");
        double[] first = new double[2];
        double[] second = new double[2];
        double a = function.valueAndGradient(new double[] {0.4, 1.2}, first);
        function.valueAndGradient(new double[] {-3, 8}, second);
        double b = function.valueAndGradient(new double[] {0.4, 1.2}, second);
        assertEquals(a, b);
        assertEquals(first[0], second[0]);
        assertEquals(first[1], second[1]);
    }

    @Test
    void tooShortArraysAreRejected() {
        Expression surface = Expression.parse("x*y");
        assertThrows(IllegalArgumentException.class, () -> surface.value(new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> surface.valueAndGradient(new double[] {1, 2}, new double[1]));
    }
}
