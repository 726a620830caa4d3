package descent.engine.inspect;

import descent.engine.data.FeatureMap;
import descent.engine.data.Standardizer;
import descent.engine.nn.Network;

/**
 * Evaluates a network of 2-D data over a {@link Grid}, for decision-boundary heatmaps and
 * per-neuron thumbnails. Each grid point goes through the same features and standardisation as
 * the training data. Results go into caller-provided buffers; nothing is allocated per call.
 */
public final class GridEvaluator {
  private final Network network;
  private final FeatureMap features;
  private final Standardizer standardizer;
  private final double[] input;

  /** @param standardizer the training set's scaling, or null when inputs are not scaled */
  public GridEvaluator(Network network, FeatureMap features, Standardizer standardizer) {
    if (features.size() != network.inputSize()) {
      throw new IllegalArgumentException("features: " + features.size()
          + " features but the network has " + network.inputSize() + " inputs");
    }
    this.network = network;
    this.features = features;
    this.standardizer = standardizer;
    this.input = new double[features.size()];
  }

  private void forward(double x1, double x2) {
    features.apply(x1, x2, input, 0);
    if (standardizer != null) {
      standardizer.applyToRow(input, 0);
    }
    network.forward(input, 0);
  }

  /**
   * Output activations at every point: out[p * outputSize + k], length at least
   * pointCount x outputSize.
   */
  public void evaluateOutputs(Grid grid, double[] out) {
    int outputs = network.outputSize();
    requireLength("out", out, grid.pointCount() * outputs);
    int last = network.layerCount() - 1;
    for (int r = 0; r < grid.rows(); r++) {
      double x2 = grid.y(r);
      for (int c = 0; c < grid.columns(); c++) {
        forward(grid.x(c), x2);
        System.arraycopy(network.activations(last), 0, out, (r * grid.columns() + c) * outputs,
            outputs);
      }
    }
  }

  /**
   * Activation of every unit of every layer at every point, one thumbnail per unit:
   * perLayer[l][j * pointCount + p]; perLayer[l] needs at least fanOut(l) x pointCount entries.
   */
  public void evaluateNeurons(Grid grid, double[][] perLayer) {
    int points = grid.pointCount();
    if (perLayer == null || perLayer.length != network.layerCount()) {
      throw new IllegalArgumentException("perLayer must hold one buffer per layer ("
          + network.layerCount() + ")");
    }
    for (int l = 0; l < network.layerCount(); l++) {
      requireLength("perLayer[" + l + "]", perLayer[l], network.fanOut(l) * points);
    }
    for (int r = 0; r < grid.rows(); r++) {
      double x2 = grid.y(r);
      for (int c = 0; c < grid.columns(); c++) {
        int p = r * grid.columns() + c;
        forward(grid.x(c), x2);
        for (int l = 0; l < network.layerCount(); l++) {
          double[] a = network.activations(l);
          double[] buffer = perLayer[l];
          for (int j = 0; j < a.length; j++) {
            buffer[j * points + p] = a[j];
          }
        }
      }
    }
  }

  /** Each feature's raw value (before scaling) at every point: out[f * pointCount + p]. */
  public void evaluateFeatures(Grid grid, double[] out) {
    int points = grid.pointCount();
    requireLength("out", out, features.size() * points);
    for (int r = 0; r < grid.rows(); r++) {
      double x2 = grid.y(r);
      for (int c = 0; c < grid.columns(); c++) {
        int p = r * grid.columns() + c;
        double x1 = grid.x(c);
        for (int f = 0; f < features.size(); f++) {
          out[f * points + p] = features.feature(f).value(x1, x2);
        }
      }
    }
  }

  private static void requireLength(String name, double[] buffer, int needed) {
    if (buffer == null || buffer.length < needed) {
      throw new IllegalArgumentException(name + " needs at least " + needed + " entries (has "
          + (buffer == null ? 0 : buffer.length) + ")");
    }
  }
}
