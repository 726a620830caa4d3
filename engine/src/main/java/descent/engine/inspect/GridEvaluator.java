package descent.engine.inspect;

import descent.engine.data.FeatureMap;
import descent.engine.data.Standardizer;
import descent.engine.nn.Network;
import descent.engine.nn.UnitMajorForward;

/**
 * Evaluates a network of 2-D data over a {@link Grid}, for decision-boundary heatmaps and
 * per-neuron thumbnails. Each grid point goes through the same features and standardisation as
 * the training data. Results go into caller-provided buffers; nothing is allocated per call.
 */
public final class GridEvaluator {
  /**
   * Points per block: each layer's inputs for a block stay in the first-level cache (8 units x
   * 128 points x 8 bytes = 8 KB), and the per-block calls are few. In Chromium, blocks of 128, 256
   * and 512 points measured alike; the whole grid as one block was worse (3.0 against 1.9 ms).
   */
  private static final int BLOCK = 128;

  private final Network network;
  private final FeatureMap features;
  private final Standardizer standardizer;
  private final UnitMajorForward forward;
  /** One block's inputs, unit-major: feature f of the block's point r at f * BLOCK + r. */
  private final double[] inputs;
  /** One point's features, before they are scattered into {@link #inputs}. */
  private final double[] point;

  /** @param standardizer the training set's scaling, or null when inputs are not scaled */
  public GridEvaluator(Network network, FeatureMap features, Standardizer standardizer) {
    if (features.size() != network.inputSize()) {
      throw new IllegalArgumentException("features: " + features.size()
          + " features but the network has " + network.inputSize() + " inputs");
    }
    this.network = network;
    this.features = features;
    this.standardizer = standardizer;
    this.forward = new UnitMajorForward(network);
    this.inputs = new double[features.size() * BLOCK];
    this.point = new double[features.size()];
  }

  /**
   * Activation of every unit of every layer at every point, one thumbnail per unit, unit after
   * unit (the layers in order, the output layer last): unit u of all the network's units at point
   * p goes to out[offset + u * pointCount + p]; the output heatmap is the last unit(s). Written
   * in place, so a page can hand the whole buffer over without a copy.
   */
  public void evaluateNeurons(Grid grid, double[] out, int offset) {
    int points = grid.pointCount();
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative (was " + offset + ")");
    }
    requireLength("out", out, offset + network.unitCount() * points);
    for (int from = 0; from < points; from += BLOCK) {
      int count = Math.min(BLOCK, points - from);
      loadInputs(grid, from, count);
      forward.run(inputs, BLOCK, count, out, offset + from, points);
    }
  }

  /**
   * Features of grid points [from, from + count) into {@link #inputs}; point p is column
   * p % columns of row p / columns.
   */
  private void loadInputs(Grid grid, int from, int count) {
    int size = features.size();
    for (int r = 0; r < count; r++) {
      int p = from + r;
      features.apply(grid.x(p % grid.columns()), grid.y(p / grid.columns()), point, 0);
      if (standardizer != null) {
        standardizer.applyToRow(point, 0);
      }
      for (int f = 0; f < size; f++) {
        inputs[f * BLOCK + r] = point[f];
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
