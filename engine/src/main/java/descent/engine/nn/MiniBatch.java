package descent.engine.nn;

import descent.engine.data.Dataset;

/**
 * Up to {@link #capacity()} examples pushed through a network together, layer by layer: the
 * forward pass, the losses, and backpropagation into a batch's mean {@link Gradients}. Training,
 * the test pass and the page's full-batch gradient run through it; {@link Backpropagation} keeps
 * the one-example view for inspection, and {@link UnitMajorForward} the heatmap grid's layout.
 * Within one batch the weights do not change, so a block of examples gives exactly the numbers
 * of one example at a time (see {@link DenseKernels}), only with longer inner loops. Buffers are
 * rows x width, allocated once.
 */
public final class MiniBatch {
  /** Examples per block: long enough to amortise the loops, small enough to stay in cache. */
  public static final int DEFAULT_CAPACITY = 32;

  private final Network network;
  private final int capacity;
  private final double[] inputs;
  private final double[] targets;
  private final double[][] z;
  private final double[][] a;
  private final double[][] deltas;
  /** One output row at index 0, for the per-example {@link Loss} methods. */
  private final double[] zRow;
  private final double[] aRow;
  private final double[] deltaRow;
  private int rows;

  public MiniBatch(Network network, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive (was " + capacity + ")");
    }
    this.network = network;
    this.capacity = capacity;
    int layers = network.layerCount();
    inputs = new double[capacity * network.inputSize()];
    targets = new double[capacity * network.outputSize()];
    z = new double[layers][];
    a = new double[layers][];
    deltas = new double[layers][];
    for (int l = 0; l < layers; l++) {
      z[l] = new double[capacity * network.fanOut(l)];
      a[l] = new double[capacity * network.fanOut(l)];
      deltas[l] = new double[capacity * network.fanOut(l)];
    }
    zRow = new double[network.outputSize()];
    aRow = new double[network.outputSize()];
    deltaRow = new double[network.outputSize()];
  }

  public int capacity() {
    return capacity;
  }

  /** Examples in the block. */
  public int rows() {
    return rows;
  }

  /**
   * Copies count examples of data into the block: example order[from + r] as row r, or example
   * from + r when order is null.
   */
  public void load(Dataset data, int[] order, int from, int count) {
    if (count < 1 || count > capacity) {
      throw new IllegalArgumentException("count must be in [1, " + capacity + "] (was " + count
          + ")");
    }
    rows = count;
    int in = data.inputSize();
    int out = data.targetSize();
    double[] x = data.inputs();
    double[] y = data.targets();
    for (int r = 0; r < count; r++) {
      int example = order == null ? from + r : order[from + r];
      copy(x, example * in, inputs, r * in, in);
      copy(y, example * out, targets, r * out, out);
    }
  }

  /** Activations of layer l after {@link #forward()}, rows x fanOut(l). */
  public double[] activations(int layer) {
    return a[layer];
  }

  /** The forward pass of every row with the network's current weights. */
  public void forward() {
    double[] in = inputs;
    for (int l = 0; l < z.length; l++) {
      int fanIn = network.fanIn(l);
      int fanOut = network.fanOut(l);
      DenseKernels.affine(in, 0, rows, fanIn, network.weights(l), network.biases(l), z[l],
          fanOut);
      Activation.forwardRows(network.kind(l), z[l], a[l], rows, fanOut);
      in = a[l];
    }
  }

  /**
   * Adds each row's loss to sum, one row after the other (the order of a one-example loop, so
   * the same rounding), after {@link #forward()}.
   */
  public double addLosses(Loss loss, double sum) {
    for (int r = 0; r < rows; r++) {
      sum += rowLoss(loss, r);
    }
    return sum;
  }

  /**
   * Sets gradients to the mean gradient of examples [from, to) of data (example order[k] for k
   * in [from, to), or example k when order is null), pushed through block by block, and adds
   * their losses to lossSum, in that order. The first block writes the gradient sums fresh and
   * the last multiplies them by 1 / count as it stores them: no clearing or scaling pass.
   *
   * @return lossSum plus the examples' losses
   */
  public double meanGradient(Loss loss, Dataset data, int[] order, int from, int to,
      Gradients gradients, double lossSum) {
    if (to <= from) {
      throw new IllegalArgumentException("to must be above from (were " + from + " and " + to
          + ")");
    }
    double mean = 1.0 / (to - from);
    for (int k = from; k < to; k += capacity) {
      int count = Math.min(capacity, to - k);
      load(data, order, k, count);
      lossSum = accumulate(loss, gradients, k == from, k + count == to ? mean : 1, lossSum);
    }
    return lossSum;
  }

  /**
   * Forward and backward pass of every row: adds their gradients, in row order, to gradients
   * (to zero when fresh), then multiplies the gradients by scale; adds the rows' losses to
   * lossSum.
   */
  private double accumulate(Loss loss, Gradients gradients, boolean fresh, double scale,
      double lossSum) {
    forward();
    int out = network.outputSize();
    int last = z.length - 1;
    Activation output = network.activation(last);
    for (int r = 0; r < rows; r++) {
      lossSum += rowLoss(loss, r);
      loss.outputDelta(output, zRow, aRow, targets, r * out, deltaRow, out);
      copy(deltaRow, 0, deltas[last], r * out, out);
    }
    for (int l = last; l >= 0; l--) {
      int fanIn = network.fanIn(l);
      int fanOut = network.fanOut(l);
      double[] in = l == 0 ? inputs : a[l - 1];
      DenseKernels.accumulateGradients(in, 0, rows, fanIn, deltas[l], fanOut,
          gradients.weights(l), gradients.biases(l), fresh, scale);
      if (l > 0) {
        // Hidden layers are element-wise (never softmax), so f' applies to the whole block.
        DenseKernels.backward(deltas[l], rows, fanOut, network.weights(l), deltas[l - 1], fanIn);
        Activation.multiplyByDerivative(network.kind(l - 1), z[l - 1], a[l - 1], deltas[l - 1],
            rows * fanIn);
      }
    }
    return lossSum;
  }

  /** Row r's loss, leaving its output z and a in zRow and aRow for the per-example Loss calls. */
  private double rowLoss(Loss loss, int r) {
    int out = network.outputSize();
    int last = z.length - 1;
    copy(z[last], r * out, zRow, 0, out);
    copy(a[last], r * out, aRow, 0, out);
    return loss.value(zRow, aRow, targets, r * out, out);
  }

  /**
   * A short copy as a plain loop: rows here are a few values long, and System.arraycopy's checks
   * cost more than the copy in the browser builds.
   */
  private static void copy(double[] from, int fromOffset, double[] to, int toOffset, int n) {
    for (int i = 0; i < n; i++) {
      to[toOffset + i] = from[fromOffset + i];
    }
  }
}
