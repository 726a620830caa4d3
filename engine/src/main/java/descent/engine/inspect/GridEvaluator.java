package descent.engine.inspect;

import descent.engine.data.FeatureMap;
import descent.engine.data.Standardizer;
import descent.engine.nn.MiniBatch;
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
  private final MiniBatch block;

  /** @param standardizer the training set's scaling, or null when inputs are not scaled */
  public GridEvaluator(Network network, FeatureMap features, Standardizer standardizer) {
    if (features.size() != network.inputSize()) {
      throw new IllegalArgumentException("features: " + features.size()
          + " features but the network has " + network.inputSize() + " inputs");
    }
    this.network = network;
    this.features = features;
    this.standardizer = standardizer;
    this.block = new MiniBatch(network, MiniBatch.DEFAULT_CAPACITY);
  }

  /**
   * Runs grid points [from, from + rows) forward as one block; point p is column p % columns of
   * row p / columns, going through the training data's features and scaling.
   */
  private void forward(Grid grid, int from, int rows) {
    double[] inputs = block.inputs();
    int size = features.size();
    for (int r = 0; r < rows; r++) {
      int p = from + r;
      features.apply(grid.x(p % grid.columns()), grid.y(p / grid.columns()), inputs, r * size);
      if (standardizer != null) {
        standardizer.applyToRow(inputs, r * size);
      }
    }
    block.setRows(rows);
    block.forward();
  }

  /**
   * Output activations at every point: out[p * outputSize + k], length at least
   * pointCount x outputSize.
   */
  public void evaluateOutputs(Grid grid, double[] out) {
    int outputs = network.outputSize();
    int points = grid.pointCount();
    requireLength("out", out, points * outputs);
    int last = network.layerCount() - 1;
    for (int from = 0; from < points; from += block.capacity()) {
      int rows = Math.min(block.capacity(), points - from);
      forward(grid, from, rows);
      System.arraycopy(block.activations(last), 0, out, from * outputs, rows * outputs);
    }
  }

  /**
   * Activation of every unit of every layer at every point, one thumbnail per unit, unit after
   * unit (the layers in order, the output layer last): unit u of all the network's units at point
   * p goes to out[offset + u * pointCount + p]. Written in place, so a page can hand the whole
   * buffer over without a copy.
   */
  public void evaluateNeurons(Grid grid, double[] out, int offset) {
    int points = grid.pointCount();
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative (was " + offset + ")");
    }
    requireLength("out", out, offset + network.unitCount() * points);
    for (int from = 0; from < points; from += block.capacity()) {
      int rows = Math.min(block.capacity(), points - from);
      forward(grid, from, rows);
      int layerStart = offset + from;
      for (int l = 0; l < network.layerCount(); l++) {
        double[] a = block.activations(l);
        int width = network.fanOut(l);
        for (int j = 0; j < width; j++) {
          for (int r = 0, source = j, target = layerStart + j * points; r < rows;
              r++, source += width, target++) {
            out[target] = a[source];
          }
        }
        layerStart += width * points;
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
