package descent.engine.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building experiments in code: factories check their arguments, and the result validates. */
class ModelConstructionTest {

    @Test
    void aFunctionExperimentBuiltInCodeValidatesAndKeepsItsValues() {
        FunctionExperiment built = new FunctionExperiment("Rosenbrock", null, null, null, "(1-x)^2 + 100*(y-x^2)^2",
                new double[]{-1, 1}, 1e-8, 5000,
                Arrays.asList(OptimizerSpec.of(OptimizerType.ADAM, 0.01).with(OptimizerSpec.BETA1, 0.8),
                        OptimizerSpec.of(OptimizerType.NESTEROV, 0.001).with(OptimizerSpec.MOMENTUM, 0.95)));
        ValidationResult result = ExperimentValidator.validate(built.toJsonText());
        assertTrue(result.isValid(), () -> result.getErrors().toString());
        assertEquals(ExperimentCanonicalizer.canonicalJson(built), ExperimentCanonicalizer.canonicalJson(result.getExperiment()));
    }

    @Test
    void aNetworkWithEveryOptionalPartValidates() {
        NetworkSpec network = new NetworkSpec(Collections.singletonList(new HiddenLayer(2, Activation.RELU)),
                OutputActivation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, WeightInit.HE,
                new InitialParameters(Arrays.asList(new double[][]{{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}}, new double[][]{{1}, {-1}}),
                        Arrays.asList(new double[]{0, 0}, new double[]{0.25})));
        TrainingSpec training = new TrainingSpec(OptimizerSpec.of(OptimizerType.RMSPROP, 0.01).with(OptimizerSpec.RHO, 0.9),
                32, 200, Regularization.L2, 0.001, 1.0, LearningRateSchedule.cosine(50, 0.0001), new StopCriteria(null, 0.01));
        NetworkExperiment built = new NetworkExperiment("All options", "Every optional part.", "parent-1", 7,
                DataSpec.generated(DataSource.MOONS, 300, 0.1, 0.8).withStandardize(true),
                Arrays.asList(InputFeature.X1, InputFeature.X2, InputFeature.X1_TIMES_X2), network, training);
        ValidationResult result = ExperimentValidator.validate(built.toJsonText());
        assertTrue(result.isValid(), () -> result.getErrors().toString());
        assertEquals(ExperimentCanonicalizer.canonicalJson(built), ExperimentCanonicalizer.canonicalJson(result.getExperiment()));
    }

    @Test
    void factoriesRejectSourcesOfTheWrongKind() {
        assertThrows(IllegalArgumentException.class, () -> DataSpec.generated(DataSource.IRIS, 100, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> DataSpec.builtIn(DataSource.SPIRAL, 0.5));
        assertThrows(IllegalArgumentException.class, () -> DataSpec.builtIn(DataSource.XOR_TABLE, 0.5));
    }

    @Test
    void anOptimizerRefusesAParameterItDoesNotUse() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.of(OptimizerType.SGD, 0.1).with(OptimizerSpec.MOMENTUM, 0.9));
        assertEquals("name 'momentum' is not a parameter of sgd", error.getMessage());
    }

    @Test
    void returnedArraysAreCopies() {
        FunctionExperiment experiment = new FunctionExperiment(null, null, null, null, "x^2", new double[]{3}, 1e-6, 10,
                Collections.singletonList(OptimizerSpec.of(OptimizerType.SGD, 0.1)));
        experiment.getStart()[0] = 99;
        assertEquals(3, experiment.getStart()[0]);
    }

    @Test
    void missingRequiredPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HiddenLayer(3, null));
        assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.of(null, 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new InitialParameters(Collections.singletonList(new double[][]{{1}}), Collections.emptyList()));
    }
}
