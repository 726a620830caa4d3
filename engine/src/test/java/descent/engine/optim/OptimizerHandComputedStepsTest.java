package descent.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Two steps of every optimizer on one weight w0 = 1 with gradients 0.5 then -0.25 and learning
 * rate 0.1, against the update rules worked out by hand (comments show the arithmetic).
 */
class OptimizerHandComputedStepsTest {
  private static final double ALPHA = 0.1;
  private static final double TOLERANCE = 1e-12;

  private static double[] twoSteps(Optimizer optimizer) {
    double[] w = {1.0};
    optimizer.beginStep();
    optimizer.update(0, w, new double[] {0.5}, ALPHA);
    double afterFirst = w[0];
    optimizer.beginStep();
    optimizer.update(0, w, new double[] {-0.25}, ALPHA);
    return new double[] {afterFirst, w[0]};
  }

  @Test
  void sgdStepsAgainstTheGradient() {
    // 1 - 0.1 * 0.5 = 0.95; 0.95 + 0.1 * 0.25 = 0.975
    double[] w = twoSteps(new Sgd());
    assertEquals(0.95, w[0], TOLERANCE);
    assertEquals(0.975, w[1], TOLERANCE);
  }

  @Test
  void momentumAccumulatesVelocity() {
    // v1 = -0.05, w1 = 0.95; v2 = 0.9 * -0.05 + 0.025 = -0.02, w2 = 0.93
    double[] w = twoSteps(new Momentum(0.9));
    assertEquals(0.95, w[0], TOLERANCE);
    assertEquals(0.93, w[1], TOLERANCE);
  }

  @Test
  void nesterovUsesTheSutskeverReformulation() {
    // v1 = -0.05, w1 = 1 - 0 + 1.9 * -0.05 = 0.905
    // v2 = -0.02, w2 = 0.905 + 0.9 * 0.05 + 1.9 * -0.02 = 0.912
    double[] w = twoSteps(new Nesterov(0.9));
    assertEquals(0.905, w[0], TOLERANCE);
    assertEquals(0.912, w[1], TOLERANCE);
  }

  @Test
  void adagradDividesByTheRootOfTheSummedSquares() {
    // G1 = 0.25, w1 = 1 - 0.05 / (0.5 + 1e-8); G2 = 0.3125, w2 = w1 + 0.025 / (sqrt(0.3125) + 1e-8)
    double[] w = twoSteps(new Adagrad(1e-8));
    assertEquals(0.900000002, w[0], TOLERANCE);
    assertEquals(0.9447213607499958, w[1], TOLERANCE);
  }

  @Test
  void rmsPropDividesByTheRootOfTheRunningMeanSquare() {
    // s1 = 0.025, w1 = 1 - 0.05 / sqrt(0.025); s2 = 0.02875, w2 = w1 + 0.025 / sqrt(0.02875)
    double[] w = twoSteps(new RmsProp(0.9, 1e-8));
    assertEquals(0.6837722539831608, w[0], TOLERANCE);
    assertEquals(0.8312142014424062, w[1], TOLERANCE);
  }

  @Test
  void adamCorrectsTheBiasOfBothMoments() {
    // t1: m = 0.05, v = 0.00025, m^ = 0.5, v^ = 0.25, w1 = 1 - 0.1 * 0.5 / (0.5 + 1e-8)
    // t2: m = 0.02, v = 0.00031225, m^ = 0.02 / 0.19, v^ = 0.00031225 / 0.001999
    double[] w = twoSteps(new Adam());
    assertEquals(0.900000002, w[0], TOLERANCE);
    assertEquals(0.8733662987078463, w[1], TOLERANCE);
  }

  @Test
  void changingMomentumMidTrainingKeepsTheVelocity() {
    Momentum momentum = new Momentum(0.9);
    double[] w = {1.0};
    momentum.beginStep();
    momentum.update(0, w, new double[] {0.5}, ALPHA);
    momentum.setMu(0.5);
    momentum.beginStep();
    momentum.update(0, w, new double[] {0}, ALPHA);
    // v2 = 0.5 * -0.05 = -0.025 from the kept velocity
    assertEquals(0.925, w[0], TOLERANCE);
  }

  @Test
  void theFactoryKnowsEveryDocumentIdAndNamesTheParameterOnAnUnknownOne() {
    for (String id : new String[] {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"}) {
      assertEquals(id, Optimizers.create(id).id());
    }
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Optimizers.create("lbfgs"));
    assertTrue(error.getMessage().startsWith("optimizer"), error.getMessage());
  }

  @Test
  void invalidHyperparametersAreRejectedNamingThem() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new Adam().setBeta2(1));
    assertTrue(error.getMessage().contains("beta2"), error.getMessage());
  }
}
