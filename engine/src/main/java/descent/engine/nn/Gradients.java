package descent.engine.nn;

/** dJ/dW and dJ/db for every layer of a network, with the same shapes as its parameters. */
public final class Gradients {
  private final double[][] weights;
  private final double[][] biases;

  public Gradients(Network network) {
    int layers = network.layerCount();
    weights = new double[layers][];
    biases = new double[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = new double[network.weights(l).length];
      biases[l] = new double[network.biases(l).length];
    }
  }

  public double[] weights(int layer) {
    return weights[layer];
  }

  public double[] biases(int layer) {
    return biases[layer];
  }

  public int layerCount() {
    return weights.length;
  }

  public void clear() {
    for (int l = 0; l < weights.length; l++) {
      java.util.Arrays.fill(weights[l], 0);
      java.util.Arrays.fill(biases[l], 0);
    }
  }

  /** The global L2 norm sqrt(sum of squares) over every weight and bias gradient. */
  public double l2Norm() {
    double sum = 0;
    for (int l = 0; l < weights.length; l++) {
      sum += sumOfSquares(weights[l]) + sumOfSquares(biases[l]);
    }
    return Math.sqrt(sum);
  }

  private static double sumOfSquares(double[] values) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * values[i];
    }
    return sum;
  }

  /** Multiplies every gradient by factor, e.g. 1 / batch size to turn a sum into a mean. */
  public void scale(double factor) {
    for (int l = 0; l < weights.length; l++) {
      scale(weights[l], factor);
      scale(biases[l], factor);
    }
  }

  private static void scale(double[] values, double factor) {
    for (int i = 0; i < values.length; i++) {
      values[i] *= factor;
    }
  }
}
