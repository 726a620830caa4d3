package descent.engine.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static descent.engine.experiment.Documents.NETWORK_EXAMPLE;
import static descent.engine.experiment.Documents.errors;
import static descent.engine.experiment.Documents.valid;
import static descent.engine.experiment.Documents.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Optimizer parameters, clipping and learning-rate schedules of a network's training. */
class TrainingOptionsValidationTest {

    private static TrainingSpec training(String document) {
        return ((NetworkExperiment) valid(document)).getTraining();
    }

    private static String optimizer(String name) {
        return with(NETWORK_EXAMPLE, "training.optimizer", "'" + name + "'");
    }

    @Test
    void adamTakesBetasAndEpsilon() {
        String adam = with(with(with(optimizer("adam"), "training.beta1", "0.9"), "training.beta2", "0.999"), "training.epsilon", "1e-8");
        OptimizerSpec spec = training(adam).getOptimizer();
        assertEquals(OptimizerType.ADAM, spec.getType());
        assertEquals(0.9, spec.getBeta1().get());
        assertEquals(0.999, spec.getBeta2().get());
        assertEquals(1e-8, spec.getEpsilon().get());
        assertFalse(spec.getMomentum().isPresent());
    }

    @Test
    void momentumAndNesterovTakeMomentum() {
        assertEquals(0.9, training(with(optimizer("momentum"), "training.momentum", "0.9")).getOptimizer().getMomentum().get());
        assertEquals(0.5, training(with(optimizer("nesterov"), "training.momentum", "0.5")).getOptimizer().getMomentum().get());
    }

    @Test
    void rmspropTakesRhoAndEpsilonAndAdagradEpsilon() {
        assertEquals(0.9, training(with(optimizer("rmsprop"), "training.rho", "0.9")).getOptimizer().getRho().get());
        assertEquals(1e-7, training(with(optimizer("adagrad"), "training.epsilon", "1e-7")).getOptimizer().getEpsilon().get());
    }

    @Test
    void parametersAnOptimizerDoesNotUseAreRejected() {
        assertEquals(Arrays.asList("training.rho: not used by optimizer 'adam'"),
                errors(with(optimizer("adam"), "training.rho", "0.9")));
        assertEquals(Arrays.asList("training.beta1: not used by optimizer 'momentum'"),
                errors(with(optimizer("momentum"), "training.beta1", "0.9")));
    }

    @Test
    void decayParametersMustBeBelowOne() {
        assertEquals(Arrays.asList("training.beta1: must be at least 0 and less than 1 (was 1)"),
                errors(with(optimizer("adam"), "training.beta1", "1")));
        assertEquals(Arrays.asList("training.momentum: must be at least 0 and less than 1 (was -0.1)"),
                errors(with(optimizer("momentum"), "training.momentum", "-0.1")));
    }

    @Test
    void epsilonMustBePositive() {
        assertEquals(Arrays.asList("training.epsilon: must be greater than 0 (was 0)"),
                errors(with(optimizer("adam"), "training.epsilon", "0")));
    }

    @Test
    void aClipNormIsKept() {
        assertEquals(5.0, training(with(NETWORK_EXAMPLE, "training.clipNorm", "5")).getClipNorm().get());
    }

    @Test
    void eachScheduleTypeTakesItsParameters() {
        assertEquals(ScheduleType.CONSTANT, schedule("{'type': 'constant'}").getType());
        LearningRateSchedule step = schedule("{'type': 'step', 'every': 100, 'gamma': 0.5}");
        assertEquals(100, step.getEvery().get());
        assertEquals(0.5, step.getGamma().get());
        assertEquals(0.99, schedule("{'type': 'exponential', 'gamma': 0.99}").getGamma().get());
        LearningRateSchedule cosine = schedule("{'type': 'cosine', 'period': 200, 'minLearningRate': 0.001}");
        assertEquals(200, cosine.getPeriod().get());
        assertEquals(0.001, cosine.getMinLearningRate().get());
        assertEquals(ScheduleType.CYCLICAL, schedule("{'type': 'cyclical', 'period': 50, 'minLearningRate': 0}").getType());
    }

    @Test
    void aScheduleNeedsItsParametersAndNoOthers() {
        assertEquals(Arrays.asList("training.schedule.gamma: is required"),
                scheduleErrors("{'type': 'step', 'every': 100}"));
        assertEquals(Arrays.asList("training.schedule.gamma: not used by schedule 'constant'"),
                scheduleErrors("{'type': 'constant', 'gamma': 0.5}"));
        assertEquals(Arrays.asList("training.schedule.type: is required"), scheduleErrors("{}"));
    }

    @Test
    void scheduleParametersHaveRanges() {
        assertEquals(Arrays.asList("training.schedule.gamma: must be greater than 0 and at most 1 (was 1.5)"),
                scheduleErrors("{'type': 'exponential', 'gamma': 1.5}"));
        assertEquals(Arrays.asList("training.schedule.every: must be between 1 and 1000000 (was 0)"),
                scheduleErrors("{'type': 'step', 'every': 0, 'gamma': 0.5}"));
        assertEquals(Arrays.asList("training.schedule.period: must be an integer (was 2.5)"),
                scheduleErrors("{'type': 'cosine', 'period': 2.5, 'minLearningRate': 0}"));
    }

    @Test
    void theMinimumLearningRateMayNotExceedTheLearningRate() {
        assertEquals(Arrays.asList("training.schedule.minLearningRate: must not exceed training.learningRate (0.03)"),
                scheduleErrors("{'type': 'cosine', 'period': 10, 'minLearningRate': 0.05}"));
    }

    private static LearningRateSchedule schedule(String schedule) {
        return training(with(NETWORK_EXAMPLE, "training.schedule", schedule)).getSchedule().get();
    }

    private static java.util.List<String> scheduleErrors(String schedule) {
        return errors(with(NETWORK_EXAMPLE, "training.schedule", schedule));
    }
}
