package descent.engine.function.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HyperparametersTest {

    @Test
    void defaultsFollowThePapers() {
        Hyperparameters defaults = Hyperparameters.defaults();
        assertEquals(0.1, defaults.learningRate());
        assertEquals(0.9, defaults.momentum());
        assertEquals(0.9, defaults.rho());
        assertEquals(1e-8, defaults.epsilon());
        assertEquals(0.9, defaults.beta1());
        assertEquals(0.999, defaults.beta2());
    }

    @Test
    void withMethodsChangeOnlyTheirOwnValue() {
        Hyperparameters changed = Hyperparameters.defaults().withLearningRate(0.01).withBeta2(0.99);
        assertEquals(0.01, changed.learningRate());
        assertEquals(0.99, changed.beta2());
        assertEquals(0.9, changed.beta1());
        assertEquals(0.1, Hyperparameters.defaults().learningRate());
    }

    @Test
    void invalidValuesAreRejectedWithTheirName() {
        Hyperparameters defaults = Hyperparameters.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> defaults.withLearningRate(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> defaults.withEpsilon(-1e-8));
        assertThrows(IllegalArgumentException.class, () -> defaults.withEpsilon(0));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> defaults.withMomentum(1));
        assertEquals("momentum must be at least 0 and below 1, got 1.0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withRho(-0.1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBeta1(1.5));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBeta2(Double.NaN));
    }
}
