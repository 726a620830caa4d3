package descent.engine.function.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Two steps of every optimizer against values worked out by hand, with learning rate 0.1 and
 * default hyperparameters, gradients 2 and then 1 (one coordinate).
 */
class OptimizerUpdateTest {

    private static final double CLOSE = 1e-15;
    private static final Hyperparameters SETTINGS = Hyperparameters.defaults().withLearningRate(0.1);

    /** Returns the two updates produced for gradients 2 and 1. */
    private static double[] twoUpdates(OptimizerKind kind) {
        Optimizer optimizer = kind.create(SETTINGS);
        optimizer.reset(1);
        double[] update = new double[1];
        optimizer.update(new double[] {2}, update);
        double first = update[0];
        optimizer.update(new double[] {1}, update);
        return new double[] {first, update[0]};
    }

    @Test
    void sgdStepsAgainstTheGradientScaledByTheLearningRate() {
        double[] updates = twoUpdates(OptimizerKind.SGD);
        assertEquals(-0.2, updates[0], CLOSE);
        assertEquals(-0.1, updates[1], CLOSE);
    }

    @Test
    void momentumAddsTheDecayedPreviousVelocity() {
        double[] updates = twoUpdates(OptimizerKind.MOMENTUM);
        // v1 = -0.1*2 = -0.2; v2 = 0.9*(-0.2) - 0.1*1 = -0.28
        assertEquals(-0.2, updates[0], CLOSE);
        assertEquals(-0.28, updates[1], CLOSE);
    }

    @Test
    void nesterovAppliesTheLookAheadCorrection() {
        double[] updates = twoUpdates(OptimizerKind.NESTEROV);
        // v1 = -0.2, step 0.9*(-0.2) - 0.2 = -0.38; v2 = 0.9*(-0.2) - 0.1 = -0.28, step 0.9*(-0.28) - 0.1 = -0.352
        assertEquals(-0.38, updates[0], CLOSE);
        assertEquals(-0.352, updates[1], CLOSE);
    }

    @Test
    void adagradDividesByTheRootOfTheSummedSquares() {
        double[] updates = twoUpdates(OptimizerKind.ADAGRAD);
        // G1 = 4: -0.1*2/(2 + 1e-8); G2 = 5: -0.1*1/(sqrt(5) + 1e-8) = -0.0447213...
        assertEquals(-0.2 / (2 + 1e-8), updates[0], CLOSE);
        assertEquals(-0.1 / (2.2360679774997896 + 1e-8), updates[1], CLOSE);
        assertEquals(-0.044721359, updates[1], 1e-9);
    }

    @Test
    void rmspropDividesByTheRootOfTheRunningMeanSquare() {
        double[] updates = twoUpdates(OptimizerKind.RMSPROP);
        // s1 = 0.1*4 = 0.4: -0.2/sqrt(0.4) = -0.3162278; s2 = 0.9*0.4 + 0.1*1 = 0.46: -0.1/sqrt(0.46) = -0.1474420
        assertEquals(-0.2 / (Math.sqrt(0.4) + 1e-8), updates[0], CLOSE);
        assertEquals(-0.1 / (Math.sqrt(0.46) + 1e-8), updates[1], CLOSE);
        assertEquals(-0.3162278, updates[0], 1e-7);
        assertEquals(-0.1474420, updates[1], 1e-7);
    }

    @Test
    void adamCorrectsTheBiasOfBothMoments() {
        double[] updates = twoUpdates(OptimizerKind.ADAM);
        // t=1: m = 0.2, v = 0.004; m_hat = 2, v_hat = 4: -0.1*2/(2 + 1e-8)
        assertEquals(-0.2 / (2 + 1e-8), updates[0], CLOSE);
        // t=2: m = 0.18 + 0.1 = 0.28, v = 0.003996 + 0.001 = 0.004996;
        // m_hat = 0.28/0.19 = 1.4736842, v_hat = 0.004996/0.001999 = 2.4992496: -0.1*1.4736842/1.5809015
        assertEquals(-0.1 * (0.28 / 0.19) / (Math.sqrt(0.004996 / 0.001999) + 1e-8), updates[1], 1e-14);
        assertEquals(-0.0932180, updates[1], 1e-7);
    }

    @Test
    void coordinatesAreUpdatedIndependently() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer optimizer = kind.create(SETTINGS);
            optimizer.reset(2);
            double[] update = new double[2];
            optimizer.update(new double[] {2, 0}, update);
            optimizer.update(new double[] {1, 0}, update);
            assertEquals(twoUpdates(kind)[1], update[0], CLOSE, kind.id());
            assertEquals(0, update[1], 0, kind.id());
        }
    }

    @Test
    void resetForgetsEarlierSteps() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Optimizer optimizer = kind.create(SETTINGS);
            optimizer.reset(1);
            double[] update = new double[1];
            optimizer.update(new double[] {5}, update);
            optimizer.update(new double[] {-3}, update);
            optimizer.reset(1);
            optimizer.update(new double[] {2}, update);
            assertEquals(twoUpdates(kind)[0], update[0], CLOSE, kind.id());
        }
    }

    @Test
    void customHyperparametersAreUsed() {
        Hyperparameters custom = Hyperparameters.defaults().withLearningRate(0.5).withMomentum(0.5).withRho(0.5)
                .withBeta1(0.5).withBeta2(0.5).withEpsilon(1e-300);
        double[] update = new double[1];

        Optimizer momentum = OptimizerKind.MOMENTUM.create(custom);
        momentum.reset(1);
        momentum.update(new double[] {2}, update);
        momentum.update(new double[] {2}, update);
        assertEquals(0.5 * -1 - 1, update[0], CLOSE);

        Optimizer rmsprop = OptimizerKind.RMSPROP.create(custom);
        rmsprop.reset(1);
        rmsprop.update(new double[] {2}, update);
        assertEquals(-0.5 * 2 / Math.sqrt(2), update[0], CLOSE);

        Optimizer adam = OptimizerKind.ADAM.create(custom);
        adam.reset(1);
        adam.update(new double[] {2}, update);
        adam.update(new double[] {4}, update);
        // m = 0.5*1 + 0.5*4 = 2.5, v = 0.5*2 + 0.5*16 = 9; corrections 1 - 0.25 = 0.75
        assertEquals(-0.5 * (2.5 / 0.75) / Math.sqrt(9 / 0.75), update[0], CLOSE);
    }
}
