package descent.engine.nn;

/**
 * Explicit starting weights and biases, e.g. the numbers of a worked example that a class checks
 * by hand. weights[l][i][j] is the weight from input i to unit j of layer l (fan_in x fan_out, the
 * network's own layout); biases[l][j] the bias of unit j.
 */
public final class InitialParameters {
  private InitialParameters() {
  }

  /** Copies the given values into the network after checking every shape. */
  public static void apply(Network network, double[][][] weights, double[][] biases) {
    if (weights == null || weights.length != network.layerCount()) {
      throw new IllegalArgumentException("weights: expected " + network.layerCount()
          + " layers but got " + (weights == null ? "none" : weights.length));
    }
    if (biases == null || biases.length != network.layerCount()) {
      throw new IllegalArgumentException("biases: expected " + network.layerCount()
          + " layers but got " + (biases == null ? "none" : biases.length));
    }
    for (int l = 0; l < network.layerCount(); l++) {
      int fanIn = network.fanIn(l);
      int fanOut = network.fanOut(l);
      double[][] layer = weights[l];
      if (layer == null || layer.length != fanIn) {
        throw new IllegalArgumentException("weights: layer " + l + " needs " + fanIn
            + " rows (fan_in) but has " + (layer == null ? "none" : layer.length));
      }
      for (int i = 0; i < fanIn; i++) {
        if (layer[i] == null || layer[i].length != fanOut) {
          throw new IllegalArgumentException("weights: layer " + l + ", row " + i + " needs "
              + fanOut + " values (fan_out) but has "
              + (layer[i] == null ? "none" : layer[i].length));
        }
        for (int j = 0; j < fanOut; j++) {
          requireFinite(layer[i][j], "weights: layer " + l + ", row " + i + ", column " + j);
        }
      }
      if (biases[l] == null || biases[l].length != fanOut) {
        throw new IllegalArgumentException("biases: layer " + l + " needs " + fanOut
            + " values but has " + (biases[l] == null ? "none" : biases[l].length));
      }
      for (int j = 0; j < fanOut; j++) {
        requireFinite(biases[l][j], "biases: layer " + l + ", index " + j);
      }
    }
    for (int l = 0; l < network.layerCount(); l++) {
      double[] w = network.weights(l);
      int fanOut = network.fanOut(l);
      for (int i = 0; i < weights[l].length; i++) {
        System.arraycopy(weights[l][i], 0, w, i * fanOut, fanOut);
      }
      System.arraycopy(biases[l], 0, network.biases(l), 0, fanOut);
    }
  }

  private static void requireFinite(double value, String where) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(where + " must be a finite number (was " + value + ")");
    }
  }
}
