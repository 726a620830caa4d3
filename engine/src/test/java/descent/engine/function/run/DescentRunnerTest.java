package descent.engine.function.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.function.expression.Expression;
import descent.engine.function.optimizer.Hyperparameters;
import descent.engine.function.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;

class DescentRunnerTest {

    private static final String ARTICLE = "x^2 - 2*x + 1";

    private static DescentRunner runner(String function, String optimizer, double learningRate, double[] start,
            DescentSettings settings) {
        return new DescentRunner(Expression.parse(function),
                OptimizerKind.fromName(optimizer).create(Hyperparameters.defaults().withLearningRate(learningRate)),
                start, settings);
    }

    private static DescentRunner article(double learningRate, double start) {
        return runner(ARTICLE, "sgd", learningRate, new double[] {start}, DescentSettings.defaults());
    }

    @Test
    void articleExampleConvergesInSixtyNineSteps() {
        DescentRunner run = article(0.1, 3);
        assertEquals(DescentStatus.CONVERGED, run.runToEnd());
        assertEquals(69, run.steps());
        assertEquals(1, run.coordinate(0), 1e-6);
        assertTrue(run.gradientNorm() < 1e-6);
        // x_t - 1 = 2 * 0.8^t exactly as derived by hand, up to rounding.
        assertEquals(2 * Math.pow(0.8, 69), run.coordinate(0) - 1, 1e-15);
        DescentPath path = run.path();
        assertEquals(70, path.size());
        assertTrue(path.gradientNorm(68) >= 1e-6, "step 68 must not have converged yet");
        assertEquals("Converged after 69 steps: |gradient| = 8.228e-7 is below the tolerance 1e-6.",
                run.explanation());
    }

    @Test
    void articleExampleStartingAtTheMinimumConvergesInZeroSteps() {
        DescentRunner run = article(0.1, 1);
        assertEquals(DescentStatus.CONVERGED, run.status());
        assertEquals(0, run.steps());
        assertEquals(1, run.path().size());
        assertEquals("Converged before any step: |gradient| = 0 is below the tolerance 1e-6.", run.explanation());
    }

    @Test
    void learningRateOneOscillatesBetweenThreeAndMinusOne() {
        DescentRunner run = article(1, 3);
        assertEquals(DescentStatus.OSCILLATING, run.runToEnd());
        assertTrue(run.steps() <= 100, "detected after " + run.steps() + " steps");
        DescentPath path = run.path();
        for (int i = 0; i < path.size(); i++) {
            assertEquals(i % 2 == 0 ? 3 : -1, path.coordinate(i, 0));
        }
        assertTrue(run.explanation().startsWith("Oscillating after " + run.steps()
                + " steps: the point keeps jumping between the same two points"), run.explanation());
    }

    @Test
    void learningRateOnePointOneDiverges() {
        DescentRunner run = article(1.1, 3);
        assertEquals(DescentStatus.DIVERGED, run.runToEnd());
        assertTrue(run.steps() < 1000);
        assertTrue(Math.abs(run.coordinate(0)) > 1e6);
        assertTrue(run.explanation().contains("exploded"), run.explanation());
    }

    @Test
    void bouncesThatShrinkStillConverge() {
        DescentRunner run = article(0.9, 3);
        assertEquals(DescentStatus.CONVERGED, run.runToEnd());
        DescentRunner slow = article(0.999, 3);
        assertEquals(DescentStatus.CONVERGED, slow.runToEnd());
        assertTrue(slow.steps() > 1000);
    }

    @Test
    void theStepLimitEndsASlowRun() {
        DescentRunner run = runner(ARTICLE, "sgd", 0.001, new double[] {3},
                DescentSettings.defaults().withMaxSteps(100));
        assertEquals(DescentStatus.MAX_STEPS, run.runToEnd());
        assertEquals(100, run.steps());
        assertTrue(run.explanation().startsWith("Stopped at the step limit of 100 steps: |gradient| = "),
                run.explanation());
    }

    @Test
    void steppingOneByOneMatchesRunningToTheEnd() {
        DescentRunner stepped = article(0.1, 3);
        int calls = 0;
        while (stepped.step() == DescentStatus.RUNNING) {
            calls++;
        }
        assertEquals(68, calls);
        assertEquals(DescentStatus.CONVERGED, stepped.status());
        assertEquals(article(0.1, 3).runToEnd(), stepped.status());
        assertEquals(DescentStatus.CONVERGED, stepped.step());
        assertEquals(69, stepped.steps());
    }

    @Test
    void thePathRecordsPointsValuesGradientsAndUpdates() {
        DescentRunner run = article(0.1, 3);
        run.step();
        run.step();
        DescentPath path = run.path();
        assertEquals(3, path.size());
        assertEquals(1, path.dimension());
        assertEquals(3, path.coordinate(0, 0));
        assertEquals(4, path.value(0));
        assertEquals(4, path.gradient(0, 0));
        assertEquals(-0.4, path.update(0, 0), 1e-15);
        assertEquals(2.6, path.coordinate(1, 0), 1e-15);
        assertEquals(3.2, path.gradient(1, 0), 1e-15);
        assertEquals(-0.32, path.update(1, 0), 1e-15);
        assertEquals(2.28, path.coordinate(2, 0), 1e-15);
        assertEquals(3, path.copyPoints().length);
        assertEquals(2, path.copyUpdates().length);
        assertThrows(IndexOutOfBoundsException.class, () -> path.coordinate(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> path.update(2, 0));
    }

    @Test
    void aLongPathKeepsEveryPoint() {
        DescentRunner run = runner("x^2 + 10*y^2", "sgd", 0.001, new double[] {-4, 1.5}, DescentSettings.defaults());
        run.runToEnd();
        DescentPath path = run.path();
        assertEquals(run.steps() + 1, path.size());
        assertEquals(2 * path.size(), path.copyPoints().length);
        assertEquals(2 * path.size(), path.copyGradients().length);
        assertEquals(path.size(), path.copyValues().length);
        assertEquals(-4, path.coordinate(0, 0));
        assertEquals(1.5, path.coordinate(0, 1));
        assertEquals(run.coordinate(1), path.coordinate(path.size() - 1, 1));
        for (int step = 0; step < run.steps(); step++) {
            assertEquals(path.coordinate(step + 1, 0), path.coordinate(step, 0) + path.update(step, 0), 0);
        }
    }

    @Test
    void aValueThatStopsBeingANumberDiverges() {
        // From 0.5 with learning rate 1 the step is -1/x = -2, landing at -1.5 where log is undefined.
        DescentRunner run = runner("log(x)", "sgd", 1, new double[] {0.5}, DescentSettings.defaults());
        assertEquals(DescentStatus.DIVERGED, run.runToEnd());
        assertEquals(1, run.steps());
        assertEquals("Diverged after 1 step: f or its gradient is no longer a finite number (NaN or infinite).",
                run.explanation());
    }

    @Test
    void anUndefinedStartPointDivergesBeforeAnyStep() {
        DescentRunner run = runner("log(x)", "sgd", 0.1, new double[] {-1}, DescentSettings.defaults());
        assertEquals(DescentStatus.DIVERGED, run.status());
        assertEquals(0, run.steps());
        assertEquals(DescentStatus.DIVERGED, run.step());
        assertEquals(0, run.steps());
    }

    @Test
    void aPointFleeingTheOriginDiverges() {
        // f = -x/1e12 slopes forever; each step moves 1e11 while |f| stays tiny.
        DescentRunner run = runner("-x/1e12", "sgd", 1e23, new double[] {0},
                DescentSettings.defaults().withTolerance(1e-15));
        assertEquals(DescentStatus.DIVERGED, run.runToEnd());
        assertEquals(11, run.steps());
        assertTrue(run.explanation().contains("away from the origin, beyond the limit 1e12"), run.explanation());
    }

    @Test
    void rmspropCirclingAtAFixedAmplitudeIsCalledOscillating() {
        DescentRunner run = runner("x^2 + 10*y^2", "rmsprop", 0.01, new double[] {-4, 1.5},
                DescentSettings.defaults());
        assertEquals(DescentStatus.OSCILLATING, run.runToEnd());
        assertTrue(run.explanation().contains("bouncing back and forth and f has stopped improving"),
                run.explanation());
    }

    @Test
    void zigzaggingDownAValleyIsNotMistakenForOscillation() {
        DescentRunner run = runner("(1-x)^2 + 100*(y-x^2)^2", "momentum", 0.001, new double[] {-1.2, 1},
                DescentSettings.defaults());
        assertEquals(DescentStatus.CONVERGED, run.runToEnd());
        DescentRunner valley = runner("x^2 + 10*y^2", "sgd", 0.09, new double[] {-4, 1.5},
                DescentSettings.defaults());
        assertEquals(DescentStatus.CONVERGED, valley.runToEnd());
    }

    @Test
    void aOneDimensionalFunctionCanRunInThePlane() {
        DescentRunner run = runner(ARTICLE, "sgd", 0.1, new double[] {3, 5}, DescentSettings.defaults());
        assertEquals(DescentStatus.CONVERGED, run.runToEnd());
        assertEquals(69, run.steps());
        assertEquals(5, run.coordinate(1));
    }

    @Test
    void aLooserToleranceStopsEarlier() {
        DescentRunner run = runner(ARTICLE, "sgd", 0.1, new double[] {3},
                DescentSettings.defaults().withTolerance(1e-2));
        assertEquals(DescentStatus.CONVERGED, run.runToEnd());
        // 4 * 0.8^t < 1e-2 first holds at t = 27.
        assertEquals(27, run.steps());
    }

    @Test
    void everyRunEndsWithinTheStepLimit() {
        DescentRunner run = runner("x^2 - y^2", "adam", 0.1, new double[] {1, 0.001}, DescentSettings.defaults());
        assertEquals(DescentStatus.MAX_STEPS, run.runToEnd());
        assertEquals(DescentSettings.DEFAULT_MAX_STEPS, run.steps());
    }

    @Test
    void invalidStartPointsAreRejected() {
        Expression surface = Expression.parse("x*y");
        assertThrows(IllegalArgumentException.class, () -> new DescentRunner(surface,
                OptimizerKind.SGD.create(Hyperparameters.defaults()), new double[] {1}, DescentSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new DescentRunner(surface,
                OptimizerKind.SGD.create(Hyperparameters.defaults()), new double[] {1, 2, 3},
                DescentSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new DescentRunner(surface,
                OptimizerKind.SGD.create(Hyperparameters.defaults()), new double[] {1, Double.NaN},
                DescentSettings.defaults()));
    }

    @Test
    void aRunningRunSaysSo() {
        DescentRunner run = article(0.1, 3);
        assertEquals(DescentStatus.RUNNING, run.status());
        assertEquals("Running.", run.explanation());
        assertEquals(4, run.value());
    }

    @Test
    void statusNamesAreTheOnesThePageShows() {
        assertEquals("running", DescentStatus.RUNNING.id());
        assertEquals("converged", DescentStatus.CONVERGED.id());
        assertEquals("diverged", DescentStatus.DIVERGED.id());
        assertEquals("oscillating", DescentStatus.OSCILLATING.id());
        assertEquals("max-steps", DescentStatus.MAX_STEPS.id());
    }
}
