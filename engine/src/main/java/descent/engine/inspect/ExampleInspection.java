package descent.engine.inspect;

import descent.engine.nn.Backpropagation;
import descent.engine.nn.Gradients;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;

/**
 * Everything backpropagation computes for one chosen example, layer by layer, for the page's
 * step-by-step view: z, a = f(z), the article's dJ/da, the error term delta = dJ/dz, and this
 * example's dJ/dW = a_prev^T delta and dJ/db = delta. Buffers are allocated once; each call to
 * {@link #inspect} overwrites them and leaves the network's weights untouched.
 */
public final class ExampleInspection {
  private final Network network;
  private final Loss loss;
  private final Backpropagation backprop;
  private final Gradients gradients;
  private final double[][] z;
  private final double[][] a;
  private final double[][] dJda;
  private double exampleLoss;

  public ExampleInspection(Network network, Loss loss) {
    this.network = network;
    this.loss = loss;
    this.backprop = new Backpropagation(network, loss);
    this.gradients = new Gradients(network);
    int layers = network.layerCount();
    z = new double[layers][];
    a = new double[layers][];
    dJda = new double[layers][];
    for (int l = 0; l < layers; l++) {
      z[l] = new double[network.fanOut(l)];
      a[l] = new double[network.fanOut(l)];
      dJda[l] = new double[network.fanOut(l)];
    }
  }

  /** Runs the example x[xOffset..] with targets y[yOffset..] forward and backward. */
  public void inspect(double[] x, int xOffset, double[] y, int yOffset) {
    gradients.clear();
    exampleLoss = backprop.accumulate(x, xOffset, y, yOffset, gradients);
    int last = network.layerCount() - 1;
    for (int l = 0; l <= last; l++) {
      System.arraycopy(network.preActivations(l), 0, z[l], 0, z[l].length);
      System.arraycopy(network.activations(l), 0, a[l], 0, a[l].length);
    }
    loss.outputGradient(a[last], y, yOffset, dJda[last], network.outputSize());
    for (int l = last - 1; l >= 0; l--) {
      // dJ/da_l = delta_{l+1} W_{l+1}^T
      double[] w = network.weights(l + 1);
      double[] deltaAbove = backprop.deltas(l + 1);
      int fanOut = network.fanOut(l + 1);
      for (int i = 0; i < dJda[l].length; i++) {
        double sum = 0;
        for (int j = 0; j < fanOut; j++) {
          sum += deltaAbove[j] * w[i * fanOut + j];
        }
        dJda[l][i] = sum;
      }
    }
  }

  /** The example's loss. */
  public double loss() {
    return exampleLoss;
  }

  public double[] preActivations(int layer) {
    return z[layer];
  }

  public double[] activations(int layer) {
    return a[layer];
  }

  /** dJ/da of layer l, the article's gradient before multiplying by f'(z). */
  public double[] activationGradients(int layer) {
    return dJda[layer];
  }

  /** delta = dJ/dz of layer l. */
  public double[] deltas(int layer) {
    return backprop.deltas(layer);
  }

  /** This example's dJ/dW of layer l, fan_in x fan_out row-major. */
  public double[] weightGradients(int layer) {
    return gradients.weights(layer);
  }

  /** This example's dJ/db of layer l. */
  public double[] biasGradients(int layer) {
    return gradients.biases(layer);
  }
}
