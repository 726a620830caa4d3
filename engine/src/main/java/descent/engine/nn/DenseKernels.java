package descent.engine.nn;

/**
 * The loops of a dense layer, on row-major blocks of examples (rows x width, one example per row)
 * and weights of shape fan_in x fan_out (W[i][j] at i * fanOut + j): the forward sum, the error
 * term passed down, and the gradient sums; and the forward sum on unit-major blocks (one row per
 * unit, the examples along it), which the heatmap grid uses. Every caller, one example or a
 * mini-batch, goes through these: one loop per layout, none elsewhere.
 *
 * <p>Speed without changing a bit: each loop keeps four sums in registers (four outputs, four
 * inputs or four weights), so a loaded value feeds four multiply-adds and the loop overhead is
 * paid once per four; every sum still adds its terms one at a time in the same order as the
 * textbook loop (inputs i = 0, 1, ... for z, in either layout; units j = 0, 1, ... for the
 * error term; examples in batch order for the gradients), so the results are the same doubles on
 * the JVM and in both browser builds, whichever layout computed them.
 */
final class DenseKernels {
  private DenseKernels() {
  }

  /**
   * z[r][j] = b[j] + sum_i in[r][i] W[i][j] for rows examples; in starts at inOffset with row
   * stride fanIn, z at 0 with row stride fanOut.
   */
  static void affine(double[] in, int inOffset, int rows, int fanIn, double[] w, double[] b,
      double[] z, int fanOut) {
    int blocked = fanOut & ~3;
    for (int r = 0; r < rows; r++) {
      int row = inOffset + r * fanIn;
      int zRow = r * fanOut;
      for (int j = 0; j < blocked; j += 4) {
        double s0 = b[j];
        double s1 = b[j + 1];
        double s2 = b[j + 2];
        double s3 = b[j + 3];
        for (int i = 0, k = j; i < fanIn; i++, k += fanOut) {
          double v = in[row + i];
          s0 += v * w[k];
          s1 += v * w[k + 1];
          s2 += v * w[k + 2];
          s3 += v * w[k + 3];
        }
        z[zRow + j] = s0;
        z[zRow + j + 1] = s1;
        z[zRow + j + 2] = s2;
        z[zRow + j + 3] = s3;
      }
      for (int j = blocked; j < fanOut; j++) {
        double s = b[j];
        for (int i = 0, k = j; i < fanIn; i++, k += fanOut) {
          s += in[row + i] * w[k];
        }
        z[zRow + j] = s;
      }
    }
  }

  /**
   * The error term passed down, before the activation's derivative:
   * below[r][i] = sum_j delta[r][j] W[i][j] (the article's dJ/da of the layer below).
   */
  static void backward(double[] delta, int rows, int fanOut, double[] w, double[] below,
      int fanIn) {
    int blocked = fanIn & ~3;
    for (int r = 0; r < rows; r++) {
      int dRow = r * fanOut;
      int bRow = r * fanIn;
      for (int i = 0; i < blocked; i += 4) {
        int k0 = i * fanOut;
        int k1 = k0 + fanOut;
        int k2 = k1 + fanOut;
        int k3 = k2 + fanOut;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0; j < fanOut; j++) {
          double d = delta[dRow + j];
          s0 += d * w[k0 + j];
          s1 += d * w[k1 + j];
          s2 += d * w[k2 + j];
          s3 += d * w[k3 + j];
        }
        below[bRow + i] = s0;
        below[bRow + i + 1] = s1;
        below[bRow + i + 2] = s2;
        below[bRow + i + 3] = s3;
      }
      for (int i = blocked; i < fanIn; i++) {
        int k = i * fanOut;
        double s = 0;
        for (int j = 0; j < fanOut; j++) {
          s += delta[dRow + j] * w[k + j];
        }
        below[bRow + i] = s;
      }
    }
  }

  /**
   * Adds the rows examples' gradients, in row order, to what gw and gb hold (to 0 when fresh),
   * then multiplies by scale: gw[i][j] = (gw[i][j] + sum_r in[r][i] delta[r][j]) scale and
   * gb[j] = (gb[j] + sum_r delta[r][j]) scale; in starts at inOffset with row stride fanIn.
   * Starting fresh and scaling here, instead of clearing before and scaling after, saves two
   * passes over the gradients per batch (the same doubles: 0 + t is the same first sum, and
   * s times 1 is s).
   */
  static void accumulateGradients(double[] in, int inOffset, int rows, int fanIn, double[] delta,
      int fanOut, double[] gw, double[] gb, boolean fresh, double scale) {
    for (int j = 0; j < fanOut; j++) {
      double s = fresh ? 0 : gb[j];
      for (int r = 0, d = j; r < rows; r++, d += fanOut) {
        s += delta[d];
      }
      gb[j] = s * scale;
    }
    int blocked = fanOut & ~3;
    for (int i = 0; i < fanIn; i++) {
      int k = i * fanOut;
      for (int j = 0; j < blocked; j += 4) {
        double s0 = fresh ? 0 : gw[k + j];
        double s1 = fresh ? 0 : gw[k + j + 1];
        double s2 = fresh ? 0 : gw[k + j + 2];
        double s3 = fresh ? 0 : gw[k + j + 3];
        for (int r = 0, x = inOffset + i, d = j; r < rows; r++, x += fanIn, d += fanOut) {
          double v = in[x];
          s0 += v * delta[d];
          s1 += v * delta[d + 1];
          s2 += v * delta[d + 2];
          s3 += v * delta[d + 3];
        }
        gw[k + j] = s0 * scale;
        gw[k + j + 1] = s1 * scale;
        gw[k + j + 2] = s2 * scale;
        gw[k + j + 3] = s3 * scale;
      }
      for (int j = blocked; j < fanOut; j++) {
        double s = fresh ? 0 : gw[k + j];
        for (int r = 0, x = inOffset + i, d = j; r < rows; r++, x += fanIn, d += fanOut) {
          s += in[x] * delta[d];
        }
        gw[k + j] = s * scale;
      }
    }
  }

  /**
   * The forward sum on unit-major blocks: z[zOffset + j * zStride + p] = b[j] +
   * sum_i in[inOffset + i * inStride + p] W[i][j] for points p in [0, count). Four points at a
   * time share each weight load.
   */
  static void affineByUnit(double[] in, int inOffset, int inStride, int count, int fanIn,
      double[] w, double[] b, double[] z, int zOffset, int zStride, int fanOut) {
    int blocked = count & ~3;
    for (int j = 0; j < fanOut; j++) {
      double bias = b[j];
      int zRow = zOffset + j * zStride;
      for (int p = 0; p < blocked; p += 4) {
        double s0 = bias;
        double s1 = bias;
        double s2 = bias;
        double s3 = bias;
        for (int i = 0, k = j, x = inOffset + p; i < fanIn; i++, k += fanOut, x += inStride) {
          double weight = w[k];
          s0 += in[x] * weight;
          s1 += in[x + 1] * weight;
          s2 += in[x + 2] * weight;
          s3 += in[x + 3] * weight;
        }
        z[zRow + p] = s0;
        z[zRow + p + 1] = s1;
        z[zRow + p + 2] = s2;
        z[zRow + p + 3] = s3;
      }
      for (int p = blocked; p < count; p++) {
        double s = bias;
        for (int i = 0, k = j, x = inOffset + p; i < fanIn; i++, k += fanOut, x += inStride) {
          s += in[x] * w[k];
        }
        z[zRow + p] = s;
      }
    }
  }
}
