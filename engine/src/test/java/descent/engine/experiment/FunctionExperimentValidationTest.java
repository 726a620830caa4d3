package descent.engine.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static descent.engine.experiment.Documents.FUNCTION_EXAMPLE;
import static descent.engine.experiment.Documents.errors;
import static descent.engine.experiment.Documents.valid;
import static descent.engine.experiment.Documents.with;
import static descent.engine.experiment.Documents.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FunctionExperimentValidationTest {

    @Test
    void theSpecificationsFunctionExampleIsValidAndTyped() {
        FunctionExperiment experiment = (FunctionExperiment) valid(FUNCTION_EXAMPLE);
        assertEquals(ExperimentKind.FUNCTION, experiment.getKind());
        assertEquals("x^2 - 2*x + 1", experiment.getFunction());
        assertArrayEquals(new double[]{3}, experiment.getStart());
        assertEquals(1e-6, experiment.getTolerance());
        assertEquals(10000, experiment.getMaxSteps());
        assertEquals(1, experiment.getOptimizers().size());
        assertEquals(OptimizerType.SGD, experiment.getOptimizers().get(0).getType());
        assertEquals(0.1, experiment.getOptimizers().get(0).getLearningRate());
        assertFalse(experiment.getSeed().isPresent());
    }

    @Test
    void aTwoVariableFunctionRacesSeveralOptimizers() {
        String document = with(with(FUNCTION_EXAMPLE, "start", "[-1.5, 2]"), "optimizers",
                "[{'optimizer': 'sgd', 'learningRate': 0.01}, {'optimizer': 'adam', 'learningRate': 0.1, 'beta1': 0.8},"
                        + " {'optimizer': 'momentum', 'learningRate': 0.01, 'momentum': 0.9}]");
        FunctionExperiment experiment = (FunctionExperiment) valid(with(document, "function", "'(1-x)^2 + 100*(y-x^2)^2'"));
        assertArrayEquals(new double[]{-1.5, 2}, experiment.getStart());
        assertEquals(0.8, experiment.getOptimizers().get(1).getBeta1().get());
    }

    @Test
    void aFormulaThatDoesNotParseIsRejectedWithThePositionOfTheMistake() {
        List<String> problems = errors(with(FUNCTION_EXAMPLE, "function", "'x^^2'"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("function: ") && problems.get(0).contains("position 2"), problems.toString());
    }

    @Test
    void aFunctionOfXAndYNeedsTwoStartCoordinates() {
        assertEquals(Arrays.asList("start: needs 2 coordinates for a function of x and y"),
                errors(with(FUNCTION_EXAMPLE, "function", "'x^2 + 10*y^2'")));
    }

    @Test
    void anOptionalSeedIsKept() {
        assertEquals(7L, ((FunctionExperiment) valid(with(FUNCTION_EXAMPLE, "seed", "7"))).getSeed().get());
    }

    @Test
    void theStartHasOneOrTwoFiniteCoordinates() {
        assertEquals(Arrays.asList("start: must have between 1 and 2 coordinates (was 0)"), errors(with(FUNCTION_EXAMPLE, "start", "[]")));
        assertEquals(Arrays.asList("start: must have between 1 and 2 coordinates (was 3)"), errors(with(FUNCTION_EXAMPLE, "start", "[1, 2, 3]")));
        assertEquals(Arrays.asList("start[1]: must be a finite number (was 1e999)"), errors(with(FUNCTION_EXAMPLE, "start", "[1, 1e999]")));
        assertEquals(Arrays.asList("start: must be an array"), errors(with(FUNCTION_EXAMPLE, "start", "3")));
    }

    @Test
    void theFunctionIsShortPlainText() {
        assertEquals(Arrays.asList("function: must not be empty"), errors(with(FUNCTION_EXAMPLE, "function", "'  '")));
        assertEquals(Arrays.asList("function: must be at most 500 characters (was 501)"),
                errors(with(FUNCTION_EXAMPLE, "function", "'" + NetworkFieldValidationTest.repeat("x", 501) + "'")));
        assertEquals(Arrays.asList("function: must not contain control characters"),
                errors(with(FUNCTION_EXAMPLE, "function", "'x\\n+1'")));
        assertEquals(Arrays.asList("function: is required"), errors(without(FUNCTION_EXAMPLE, "function")));
    }

    @Test
    void toleranceAndMaxStepsHaveRanges() {
        assertEquals(Arrays.asList("tolerance: must be greater than 0 (was 0)"), errors(with(FUNCTION_EXAMPLE, "tolerance", "0")));
        assertEquals(Arrays.asList("maxSteps: must be between 1 and 1000000 (was 0)"), errors(with(FUNCTION_EXAMPLE, "maxSteps", "0")));
        assertEquals(Arrays.asList("maxSteps: must be between 1 and 1000000 (was 1000001)"), errors(with(FUNCTION_EXAMPLE, "maxSteps", "1000001")));
    }

    @Test
    void oneToSixOptimizersRace() {
        assertEquals(Arrays.asList("optimizers: must have between 1 and 6 optimizers (was 0)"), errors(with(FUNCTION_EXAMPLE, "optimizers", "[]")));
        String entry = "{'optimizer': 'sgd', 'learningRate': 0.1}";
        String seven = "[" + NetworkFieldValidationTest.repeat(entry + ",", 6) + entry + "]";
        assertEquals(Arrays.asList("optimizers: must have between 1 and 6 optimizers (was 7)"), errors(with(FUNCTION_EXAMPLE, "optimizers", seven)));
    }

    @Test
    void eachOptimizerEntryIsCheckedLikeTraining() {
        assertEquals(Arrays.asList("optimizers[0].learningRate: must be greater than 0 and at most 100 (was -1)"),
                errors(with(FUNCTION_EXAMPLE, "optimizers[0].learningRate", "-1")));
        assertEquals(Arrays.asList("optimizers[0].momentum: not used by optimizer 'sgd'"),
                errors(with(FUNCTION_EXAMPLE, "optimizers[0].momentum", "0.9")));
        assertEquals(Arrays.asList("optimizers[0].batchSize: unknown field (allowed: optimizer, learningRate, momentum, beta1, beta2, epsilon, rho)"),
                errors(with(FUNCTION_EXAMPLE, "optimizers[0].batchSize", "10")));
        assertEquals(Arrays.asList("optimizers[0]: must be an object"), errors(with(FUNCTION_EXAMPLE, "optimizers[0]", "'sgd'")));
    }

    @Test
    void networkFieldsAreUnknownToAFunctionExperiment() {
        assertEquals(Arrays.asList("training: unknown field (allowed: schemaVersion, kind, title, description, parent, seed, "
                        + "function, start, tolerance, maxSteps, optimizers)"),
                errors(with(FUNCTION_EXAMPLE, "training", "{}")));
    }
}
