package descent.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.data.Dataset;
import descent.engine.data.XorTable;
import descent.engine.random.SeededRandom;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

  /** Total loss of the data set, the function whose derivative backprop claims to compute. */
  private static double totalLoss(Network network, Loss loss, Dataset data) {
    double sum = 0;
    int last = network.layerCount() - 1;
    for (int i = 0; i < data.size(); i++) {
      network.forward(data.inputs(), i * data.inputSize());
      sum += loss.value(network.preActivations(last), network.activations(last), data.targets(),
          i * data.targetSize(), data.targetSize());
    }
    return sum;
  }

  private static void assertMatchesCentralDifferences(double[] params, double[] analytic,
      Network network, Loss loss, Dataset data) {
    double h = 1e-5;
    for (int i = 0; i < params.length; i++) {
      double saved = params[i];
      params[i] = saved + h;
      double plus = totalLoss(network, loss, data);
      params[i] = saved - h;
      double minus = totalLoss(network, loss, data);
      params[i] = saved;
      double numeric = (plus - minus) / (2 * h);
      double scale = Math.max(1e-8, Math.abs(numeric) + Math.abs(analytic[i]));
      double relativeError = Math.abs(numeric - analytic[i]) / scale;
      assertTrue(relativeError < 1e-6,
          "parameter " + i + ": backprop " + analytic[i] + " vs central difference " + numeric);
    }
  }

  @Test
  void backpropagationMatchesCentralDifferencesOnTheArticleXorNetwork() {
    Network network = new Network(new int[] {2, 3, 2},
        new Activation[] {Activation.TANH, Activation.SOFTMAX});
    Initializer.GLOROT.initialize(network, new SeededRandom(11));
    network.biases(0)[1] = 0.3;
    network.biases(1)[0] = -0.2;
    Dataset xor = XorTable.create();
    Backpropagation backprop = new Backpropagation(network, Loss.CROSS_ENTROPY);
    Gradients gradients = new Gradients(network);
    for (int i = 0; i < xor.size(); i++) {
      backprop.accumulate(xor.inputs(), i * 2, xor.targets(), i * 2, gradients);
    }
    for (int l = 0; l < network.layerCount(); l++) {
      assertMatchesCentralDifferences(network.weights(l), gradients.weights(l), network,
          Loss.CROSS_ENTROPY, xor);
      assertMatchesCentralDifferences(network.biases(l), gradients.biases(l), network,
          Loss.CROSS_ENTROPY, xor);
    }
  }
}
