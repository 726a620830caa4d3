package descent.engine.nn;

/**
 * The forward pass of a block of points laid out unit-major, one row per input or unit with the
 * points along it, writing every layer's activations straight into the caller's buffer: the
 * layout of the heatmap's thumbnails, one image per unit. Row-major blocks ({@link MiniBatch})
 * would need a transposing copy of every activation afterwards (a tenth of the grid's time in
 * the browser, measured). The values are those of {@link Network#forward} bit for bit: the same
 * sums in the same order ({@link DenseKernels}) and the same activation functions.
 */
public final class UnitMajorForward {
  private static final int SOFTMAX_KIND = Activation.SOFTMAX.ordinal();

  private final Network network;
  /** One point's output logits, for softmax, which normalises across units. */
  private final double[] outputRow;

  public UnitMajorForward(Network network) {
    this.network = network;
    this.outputRow = new double[network.outputSize()];
  }

  /**
   * Runs count points forward. Input f of point p is in[f * inStride + p]; unit j of layer l at
   * point p goes to out[offset + (unitsBefore(l) + j) * stride + p], where unitsBefore(l) counts
   * the units of the layers before l (the output layer comes last).
   */
  public void run(double[] in, int inStride, int count, double[] out, int offset, int stride) {
    double[] source = in;
    int sourceOffset = 0;
    int sourceStride = inStride;
    int layerStart = offset;
    for (int l = 0; l < network.layerCount(); l++) {
      int width = network.fanOut(l);
      DenseKernels.affineByUnit(source, sourceOffset, sourceStride, count, network.fanIn(l),
          network.weights(l), network.biases(l), out, layerStart, stride, width);
      int kind = network.kind(l);
      if (kind == SOFTMAX_KIND) {
        softmaxAcrossUnits(out, layerStart, stride, count, width);
      } else {
        for (int j = 0; j < width; j++) {
          int row = layerStart + j * stride;
          Activation.forward(kind, out, out, row, row + count);
        }
      }
      source = out;
      sourceOffset = layerStart;
      sourceStride = stride;
      layerStart += width * stride;
    }
  }

  /** Softmax of each point's units, which lie stride apart: gathered into one row and back. */
  private void softmaxAcrossUnits(double[] values, int start, int stride, int count, int width) {
    double[] row = outputRow;
    for (int p = 0; p < count; p++) {
      for (int j = 0; j < width; j++) {
        row[j] = values[start + j * stride + p];
      }
      Activation.forward(SOFTMAX_KIND, row, row, 0, width);
      for (int j = 0; j < width; j++) {
        values[start + j * stride + p] = row[j];
      }
    }
  }
}
