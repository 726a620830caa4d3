package descent.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.engine.nn.Activation;
import descent.engine.nn.Gradients;
import descent.engine.nn.Network;
import org.junit.jupiter.api.Test;

class ScheduleAndRegularizationTest {

  @Test
  void schedulesFollowTheirFormulas() {
    assertEquals(0.1, LearningRateSchedules.constant().rate(0.1, 50));
    assertEquals(0.025, LearningRateSchedules.stepDecay(10, 0.5).rate(0.1, 25), 1e-17);
    assertEquals(0.0729, LearningRateSchedules.exponential(0.9).rate(0.1, 3), 1e-16);
    LearningRateSchedule cosine = LearningRateSchedules.cosine(0.01, 100);
    assertEquals(0.1, cosine.rate(0.1, 0), 1e-17);
    assertEquals(0.055, cosine.rate(0.1, 50), 1e-15);
    assertEquals(0.1, cosine.rate(0.1, 100), 1e-17);
    LearningRateSchedule cyclical = LearningRateSchedules.cyclical(0.01, 10);
    assertEquals(0.01, cyclical.rate(0.1, 0), 1e-17);
    assertEquals(0.055, cyclical.rate(0.1, 5), 1e-15);
    assertEquals(0.1, cyclical.rate(0.1, 10), 1e-17);
    assertEquals(0.01, cyclical.rate(0.1, 20), 1e-17);
  }

  @Test
  void regularizationGradientsAreThePenaltyDerivativesAndSkipBiases() {
    Network network = new Network(new int[] {2, 1}, new Activation[] {Activation.LINEAR});
    network.weights(0)[0] = 0.5;
    network.weights(0)[1] = -2;
    network.biases(0)[0] = 3;
    Gradients gradients = new Gradients(network);
    Regularization.L2.addGradient(network, gradients, 0.1);
    assertEquals(0.05, gradients.weights(0)[0], 1e-17);
    assertEquals(-0.2, gradients.weights(0)[1], 1e-17);
    assertEquals(0, gradients.biases(0)[0]);
    assertEquals(0.5 * 0.1 * (0.25 + 4), Regularization.L2.penalty(network, 0.1), 1e-17);
    gradients.clear();
    Regularization.L1.addGradient(network, gradients, 0.1);
    assertEquals(0.1, gradients.weights(0)[0]);
    assertEquals(-0.1, gradients.weights(0)[1]);
    assertEquals(0.1 * 2.5, Regularization.L1.penalty(network, 0.1), 1e-17);
  }

  @Test
  void clippingRescalesTheStepToTheMaximumNorm() {
    Network network = new Network(new int[] {1, 1}, new Activation[] {Activation.LINEAR});
    descent.engine.data.Dataset data = new descent.engine.data.Dataset(new double[] {1}, 1,
        new double[] {100}, 1);
    Trainer trainer = new Trainer(network, descent.engine.nn.Loss.MSE,
        new descent.engine.optim.Sgd(), data, 1, 0, 1);
    trainer.setClipNorm(1);
    trainer.trainEpoch();
    // Gradient (-100, -100) has norm 100 sqrt(2); clipped to norm 1, each step is 1/sqrt(2).
    assertEquals(1 / Math.sqrt(2), network.weights(0)[0], 1e-15);
    assertEquals(100 * Math.sqrt(2), trainer.lastGradientNorm(), 1e-12);
  }
}
