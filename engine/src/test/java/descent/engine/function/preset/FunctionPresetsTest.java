package descent.engine.function.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.function.expression.Expression;
import descent.engine.function.optimizer.Hyperparameters;
import descent.engine.function.optimizer.OptimizerKind;
import descent.engine.function.run.DescentRunner;
import descent.engine.function.run.DescentSettings;
import descent.engine.function.run.DescentStatus;
import org.junit.jupiter.api.Test;

class FunctionPresetsTest {

    private static DescentRunner runWith(FunctionPreset preset, String optimizer, double learningRate,
            double[] start) {
        DescentRunner run = new DescentRunner(Expression.parse(preset.expression()),
                OptimizerKind.fromName(optimizer).create(Hyperparameters.defaults().withLearningRate(learningRate)),
                start, DescentSettings.defaults());
        run.runToEnd();
        return run;
    }

    private static DescentRunner runSuggested(FunctionPreset preset) {
        return runWith(preset, preset.optimizer(), preset.learningRate(), preset.start());
    }

    private static double distanceToNearestMinimum(FunctionPreset preset, DescentRunner run) {
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] minimum : preset.minima()) {
            double sum = 0;
            for (int axis = 0; axis < minimum.length; axis++) {
                double difference = run.coordinate(axis) - minimum[axis];
                sum += difference * difference;
            }
            nearest = Math.min(nearest, Math.sqrt(sum));
        }
        return nearest;
    }

    @Test
    void thePresetsAreTheLabsSixFunctions() {
        String[] ids = {"article", "valley", "rosenbrock", "saddle", "himmelblau", "beale"};
        assertEquals(ids.length, FunctionPresets.all().size());
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], FunctionPresets.all().get(i).id());
            assertSame(FunctionPresets.all().get(i), FunctionPresets.byId(ids[i]));
        }
    }

    @Test
    void everyPresetParsesAndItsStartFitsItsDimension() {
        for (FunctionPreset preset : FunctionPresets.all()) {
            Expression function = Expression.parse(preset.expression());
            assertEquals(function.dimension(), preset.start().length, preset.id());
            OptimizerKind.fromName(preset.optimizer());
            assertTrue(preset.learningRate() > 0, preset.id());
            assertFalse(preset.title().isEmpty(), preset.id());
            assertFalse(preset.description().isEmpty(), preset.id());
        }
    }

    @Test
    void theKnownMinimaAreStationaryPointsWithTheLowestValue() {
        for (FunctionPreset preset : FunctionPresets.all()) {
            Expression function = Expression.parse(preset.expression());
            for (double[] minimum : preset.minima()) {
                double[] gradient = new double[minimum.length];
                double value = function.valueAndGradient(minimum, gradient);
                assertEquals(0, value, 1e-9, preset.id());
                for (double component : gradient) {
                    assertEquals(0, component, 1e-4, preset.id());
                }
            }
        }
    }

    @Test
    void everyPresetWithAMinimumConvergesToItWithItsSuggestedSettings() {
        for (FunctionPreset preset : FunctionPresets.all()) {
            if (preset.minima().length == 0) {
                continue;
            }
            DescentRunner run = runSuggested(preset);
            assertEquals(DescentStatus.CONVERGED, run.status(), preset.id() + ": " + run.explanation());
            assertTrue(distanceToNearestMinimum(preset, run) < 1e-5, preset.id() + " ended at " + run.coordinate(0));
        }
    }

    @Test
    void theArticlePresetReproducesTheArticlesSixtyNineSteps() {
        DescentRunner run = runSuggested(FunctionPresets.byId("article"));
        assertEquals(69, run.steps());
        assertEquals(1, run.coordinate(0), 1e-6);
    }

    @Test
    void rosenbrockConvergesWithAdamToo() {
        FunctionPreset rosenbrock = FunctionPresets.byId("rosenbrock");
        DescentRunner run = runWith(rosenbrock, "adam", 0.1, rosenbrock.start());
        assertEquals(DescentStatus.CONVERGED, run.status(), run.explanation());
        assertEquals(1, run.coordinate(0), 1e-5);
        assertEquals(1, run.coordinate(1), 1e-5);
    }

    @Test
    void bealeConvergesWithMomentumToo() {
        FunctionPreset beale = FunctionPresets.byId("beale");
        DescentRunner run = runWith(beale, "momentum", 0.01, beale.start());
        assertEquals(DescentStatus.CONVERGED, run.status(), run.explanation());
        assertEquals(3, run.coordinate(0), 1e-5);
        assertEquals(0.5, run.coordinate(1), 1e-5);
    }

    @Test
    void himmelblauFindsEachOfItsFourMinimaFromItsOwnQuadrant() {
        FunctionPreset himmelblau = FunctionPresets.byId("himmelblau");
        double[][] starts = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        double[][] minima = himmelblau.minima();
        for (int i = 0; i < starts.length; i++) {
            DescentRunner run = runWith(himmelblau, "sgd", 0.01, starts[i]);
            assertEquals(DescentStatus.CONVERGED, run.status(), run.explanation());
            assertEquals(minima[i][0], run.coordinate(0), 1e-5);
            assertEquals(minima[i][1], run.coordinate(1), 1e-5);
        }
    }

    @Test
    void theSaddleEscapesAlongYAndDivergesWithPlainDescent() {
        FunctionPreset saddle = FunctionPresets.byId("saddle");
        DescentRunner run = runSuggested(saddle);
        assertEquals(DescentStatus.DIVERGED, run.status(), run.explanation());
        assertEquals(0, run.coordinate(0), 1e-6);
        assertTrue(run.coordinate(1) > 1e6);
        assertTrue(run.value() < -1e12);
    }

    @Test
    void theSaddleRunsToTheStepLimitWithBoundedAdaptiveSteps() {
        FunctionPreset saddle = FunctionPresets.byId("saddle");
        for (String optimizer : new String[] {"adagrad", "rmsprop", "adam"}) {
            DescentRunner run = runWith(saddle, optimizer, 0.1, saddle.start());
            assertEquals(DescentStatus.MAX_STEPS, run.status(), optimizer + ": " + run.explanation());
        }
    }

    @Test
    void theSaddleStartedOnItsAxisConvergesToTheSaddlePoint() {
        DescentRunner run = runWith(FunctionPresets.byId("saddle"), "sgd", 0.1, new double[] {1, 0});
        assertEquals(DescentStatus.CONVERGED, run.status());
        assertEquals(0, run.coordinate(0), 1e-6);
        assertEquals(0, run.coordinate(1));
    }

    @Test
    void anUnknownPresetIsNamedInTheError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FunctionPresets.byId("booth"));
        assertEquals("Unknown preset 'booth'; expected one of: article, valley, rosenbrock, saddle, himmelblau, beale",
                error.getMessage());
    }

    @Test
    void presetArraysCannotBeChangedFromOutside() {
        FunctionPreset article = FunctionPresets.byId("article");
        article.start()[0] = 99;
        article.minima()[0][0] = 99;
        assertEquals(3, article.start()[0]);
        assertEquals(1, article.minima()[0][0]);
    }
}
