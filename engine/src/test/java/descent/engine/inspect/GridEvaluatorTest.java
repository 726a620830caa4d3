package descent.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.engine.data.FeatureMap;
import descent.engine.data.Standardizer;
import descent.engine.nn.Activation;
import descent.engine.nn.Network;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GridEvaluatorTest {
  private static final FeatureMap FEATURES = FeatureMap.ofIds("x1", "x2", "x1*x2", "sin(x2)");

  @Test
  void everyUnitAtEveryPointIsBitForBitWhatTheNetworkComputesForThatPoint() {
    // 13 x 11 = 143 points: one full block of 128 and a partial one, whose 15 points end in a
    // remainder of 3 after the groups of four.
    Grid grid = new Grid(-6, 6, -5, 5, 13, 11);
    assertAgreesWithNetworkForward(network(new int[] {4, 8, 3, 1},
        Activation.TANH, Activation.TANH, Activation.TANH), grid);
    assertAgreesWithNetworkForward(network(new int[] {4, 5, 6, 7, 3},
        Activation.RELU, Activation.SIGMOID, Activation.ELU, Activation.SOFTMAX), grid);
    assertAgreesWithNetworkForward(network(new int[] {4, 2, 9, 2},
        Activation.LEAKY_RELU, Activation.SWISH, Activation.LINEAR), grid);
    assertAgreesWithNetworkForward(network(new int[] {4, 1}, Activation.SIGMOID),
        new Grid(-1, 1, -1, 1, 20, 20));
  }

  @Test
  void unitsLieOnePointCountApartAfterTheOffset() {
    Network network = network(new int[] {4, 3, 2}, Activation.TANH, Activation.TANH);
    Grid grid = new Grid(-6, 6, -6, 6, 10, 8);
    double[] out = new double[7 + 5 * 80 + 4];
    Arrays.fill(out, -7);
    new GridEvaluator(network, FEATURES, null).evaluateNeurons(grid, out, 7);
    for (int i = 0; i < 7; i++) {
      assertEquals(-7, out[i], "before the offset");
    }
    for (int i = 7 + 5 * 80; i < out.length; i++) {
      assertEquals(-7, out[i], "after the last unit");
    }
    int p = 75;
    network.forward(features(grid, p, null), 0);
    // Layer 1's unit 1 is unit 3 + 1 of all: after layer 0's three.
    assertEquals(network.activations(1)[1], out[7 + (3 + 1) * 80 + p]);
    assertEquals(network.activations(0)[2], out[7 + 2 * 80 + p]);
  }

  private static void assertAgreesWithNetworkForward(Network network, Grid grid) {
    int points = grid.pointCount();
    Standardizer scaling = Standardizer.fit(new double[] {1, -2, 3, 0.5, -1, 4, -3, 0.1}, 4);
    int units = network.unitCount();
    double[] out = new double[3 + units * points];
    new GridEvaluator(network, FEATURES, scaling).evaluateNeurons(grid, out, 3);
    for (int p = 0; p < points; p++) {
      network.forward(features(grid, p, scaling), 0);
      int unit = 0;
      for (int l = 0; l < network.layerCount(); l++) {
        double[] a = network.activations(l);
        for (int j = 0; j < a.length; j++, unit++) {
          double value = out[3 + unit * points + p];
          assertEquals(Double.doubleToRawLongBits(a[j]), Double.doubleToRawLongBits(value),
              "point " + p + ", unit " + unit);
        }
      }
    }
  }

  private static double[] features(Grid grid, int p, Standardizer scaling) {
    double[] x = new double[FEATURES.size()];
    FEATURES.apply(grid.x(p % grid.columns()), grid.y(p / grid.columns()), x, 0);
    if (scaling != null) {
      scaling.applyToRow(x, 0);
    }
    return x;
  }

  /** A network with fixed, varied weights (no initializer, so the test reads alone). */
  private static Network network(int[] sizes, Activation... activations) {
    Network network = new Network(sizes, activations);
    for (int l = 0; l < network.layerCount(); l++) {
      double[] w = network.weights(l);
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.sin(1.7 * i + l) * 1.3;
      }
      double[] b = network.biases(l);
      for (int j = 0; j < b.length; j++) {
        b[j] = 0.1 * Math.cos(j + 2.0 * l);
      }
    }
    return network;
  }
}
