package descent.engine.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentDefaultsTest {

    @Test
    void theDefaultNetworkIsTheSpiralWithTwoSmallTanhLayers() {
        NetworkExperiment experiment = ExperimentDefaults.defaultNetwork();
        assertEquals(42, experiment.getSeed());
        assertEquals(DataSource.SPIRAL, experiment.getData().getSource());
        assertEquals(500, experiment.getData().getPoints().get());
        assertEquals(0.0, experiment.getData().getNoise().get());
        assertEquals(0.5, experiment.getData().getTrainFraction().get());
        assertEquals(Arrays.asList(InputFeature.X1, InputFeature.X2), experiment.getFeatures());
        assertEquals(4, experiment.getNetwork().getHidden().get(0).getUnits());
        assertEquals(2, experiment.getNetwork().getHidden().get(1).getUnits());
        assertEquals(OutputActivation.TANH, experiment.getNetwork().getOutput());
        assertEquals(Loss.MSE, experiment.getNetwork().getLoss());
        assertEquals(0.03, experiment.getTraining().getOptimizer().getLearningRate());
        assertEquals(10, experiment.getTraining().getBatchSize());
        assertEquals(1000, experiment.getTraining().getEpochs());
    }

    @Test
    void theXorArticleUsesTheTruthTableAndFullBatchSoftmax() {
        NetworkExperiment experiment = ExperimentDefaults.xorArticle();
        assertEquals(1, experiment.getSeed());
        assertEquals(DataSource.XOR_TABLE, experiment.getData().getSource());
        assertEquals(2, experiment.getInputCount());
        assertEquals(3, experiment.getNetwork().getHidden().get(0).getUnits());
        assertEquals(OutputActivation.SOFTMAX, experiment.getNetwork().getOutput());
        assertEquals(Loss.CROSS_ENTROPY, experiment.getNetwork().getLoss());
        assertEquals(TrainingSpec.FULL_BATCH, experiment.getTraining().getBatchSize());
        assertEquals(0.1, experiment.getTraining().getOptimizer().getLearningRate());
    }

    @Test
    void bothDefaultsPassTheValidatorUnchanged() {
        for (NetworkExperiment experiment : Arrays.asList(ExperimentDefaults.defaultNetwork(), ExperimentDefaults.xorArticle())) {
            ValidationResult result = ExperimentValidator.validate(experiment.toJsonText());
            assertTrue(result.isValid(), () -> result.getErrors().toString());
            assertEquals(ExperimentCanonicalizer.canonicalJson(experiment), ExperimentCanonicalizer.canonicalJson(result.getExperiment()));
        }
    }
}
