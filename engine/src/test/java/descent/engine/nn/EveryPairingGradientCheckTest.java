package descent.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.data.Dataset;
import descent.engine.random.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central differences for every hidden activation x valid output/loss
 * pairing x 0, 1 and 2 hidden layers, on a tiny 3-input network and four examples.
 */
class EveryPairingGradientCheckTest {
  private static final double STEP = 1e-5;
  /** Floor for the relative error's denominator, so that gradients near 0 compare absolutely. */
  private static final double FLOOR = 1e-4;

  static List<Arguments> pairings() {
    Object[][] outputs = {
        {Activation.LINEAR, Loss.MSE}, {Activation.SIGMOID, Loss.MSE}, {Activation.TANH, Loss.MSE},
        {Activation.SOFTMAX, Loss.MSE}, {Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY},
        {Activation.SOFTMAX, Loss.CROSS_ENTROPY},
    };
    List<Arguments> cases = new ArrayList<>();
    for (Object[] output : outputs) {
      cases.add(Arguments.of(0, Activation.LINEAR, output[0], output[1]));
      for (Activation hidden : Activation.values()) {
        if (hidden.isHiddenAllowed()) {
          cases.add(Arguments.of(1, hidden, output[0], output[1]));
          cases.add(Arguments.of(2, hidden, output[0], output[1]));
        }
      }
    }
    return cases;
  }

  private static Dataset examples(Loss loss, int outputs, SeededRandom random) {
    int count = 4;
    double[] x = new double[count * 3];
    double[] y = new double[count * outputs];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble(-1.5, 1.5);
    }
    for (int e = 0; e < count; e++) {
      if (loss == Loss.CROSS_ENTROPY) {
        y[e * outputs + e % outputs] = 1;
      } else {
        for (int k = 0; k < outputs; k++) {
          y[e * outputs + k] = random.nextDouble(loss == Loss.MSE ? -1 : 0, 1);
        }
      }
    }
    return new Dataset(x, 3, y, outputs);
  }

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

  @ParameterizedTest(name = "{1} x{0} hidden, {2} output, {3}")
  @MethodSource("pairings")
  void backpropagationMatchesCentralDifferences(int hiddenLayers, Activation hidden,
      Activation output, Loss loss) {
    int outputs = 3;
    int[] sizes = new int[hiddenLayers + 2];
    Activation[] activations = new Activation[hiddenLayers + 1];
    sizes[0] = 3;
    for (int l = 0; l < hiddenLayers; l++) {
      sizes[l + 1] = 4 - l;
      activations[l] = hidden;
    }
    sizes[hiddenLayers + 1] = outputs;
    activations[hiddenLayers] = output;
    Network network = new Network(sizes, activations);
    SeededRandom random = new SeededRandom(17 + hiddenLayers);
    Initializer.GLOROT.initialize(network, random);
    for (int l = 0; l < network.layerCount(); l++) {
      for (int j = 0; j < network.fanOut(l); j++) {
        network.biases(l)[j] = random.nextDouble(-0.5, 0.5);
      }
    }
    Dataset data = examples(loss, outputs, random);
    Backpropagation backprop = new Backpropagation(network, loss);
    Gradients gradients = new Gradients(network);
    for (int i = 0; i < data.size(); i++) {
      backprop.accumulate(data.inputs(), i * 3, data.targets(), i * outputs, gradients);
    }
    for (int l = 0; l < network.layerCount(); l++) {
      check(network.weights(l), gradients.weights(l), network, loss, data, "W" + l);
      check(network.biases(l), gradients.biases(l), network, loss, data, "b" + l);
    }
  }

  private static void check(double[] params, double[] analytic, Network network, Loss loss,
      Dataset data, String name) {
    for (int i = 0; i < params.length; i++) {
      double saved = params[i];
      params[i] = saved + STEP;
      double plus = totalLoss(network, loss, data);
      params[i] = saved - STEP;
      double minus = totalLoss(network, loss, data);
      params[i] = saved;
      double numeric = (plus - minus) / (2 * STEP);
      double relativeError = Math.abs(numeric - analytic[i])
          / Math.max(FLOOR, Math.abs(numeric) + Math.abs(analytic[i]));
      assertTrue(relativeError < 1e-6, name + "[" + i + "]: backprop " + analytic[i]
          + " vs central difference " + numeric + " (relative error " + relativeError + ")");
    }
  }
}
