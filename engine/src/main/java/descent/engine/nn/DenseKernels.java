package descent.engine.nn;

/**
 * The loops of a dense layer, on row-major blocks of examples (rows x width, one example per row)
 * and weights of shape fan_in x fan_out (W[i][j] at i * fanOut + j): the forward sum, the error
 * term passed down, and the gradient sums; and the forward sum on unit-major blocks (one row per
 * unit, the examples along it), which the heatmap grid uses. Every caller, one example or a
 * mini-batch, goes through these: one loop per layout, none elsewhere.
 *
 * <p>Speed without changing a bit: the row-major loops take examples (for the gradients, inputs)
 * two at a time and keep eight sums in registers, two by four, so each loaded weight or error
 * term feeds two multiply-adds, each loaded input four, and the loop overhead is paid once per
 * eight. An odd last example or input pairs with itself: computed twice, the same doubles written
 * twice, which keeps one loop per kernel (a single example pays for two; single examples run
 * only to inspect one example or to predict one point). The unit-major loop keeps four sums, four
 * points per weight load. Every sum still adds its terms one at a time in the same order as the
 * textbook loop (inputs i = 0, 1, ... for z, in either layout; units j = 0, 1, ... for the error
 * term; examples in batch order for the gradients), so the results are the same doubles on the
 * JVM and in both browser builds, whichever layout computed them.
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
    for (int r = 0; r < rows; r += 2) {
      // An odd last row pairs with itself: computed twice, the same doubles written twice.
      int pair = r + 1 < rows ? r + 1 : r;
      affinePair(in, inOffset + r * fanIn, inOffset + pair * fanIn, fanIn, w, b, z, r * fanOut,
          pair * fanOut, fanOut);
    }
  }

  /** Two rows at a time: each weight load feeds both rows' sums. */
  private static void affinePair(double[] in, int row, int next, int fanIn, double[] w,
      double[] b, double[] z, int zRow, int zNext, int fanOut) {
    int blocked = fanOut & ~3;
    for (int j = 0; j < blocked; j += 4) {
      double s0 = b[j];
      double s1 = b[j + 1];
      double s2 = b[j + 2];
      double s3 = b[j + 3];
      double t0 = s0;
      double t1 = s1;
      double t2 = s2;
      double t3 = s3;
      for (int i = 0, k = j; i < fanIn; i++, k += fanOut) {
        double v = in[row + i];
        double u = in[next + i];
        double w0 = w[k];
        double w1 = w[k + 1];
        double w2 = w[k + 2];
        double w3 = w[k + 3];
        s0 += v * w0;
        s1 += v * w1;
        s2 += v * w2;
        s3 += v * w3;
        t0 += u * w0;
        t1 += u * w1;
        t2 += u * w2;
        t3 += u * w3;
      }
      z[zRow + j] = s0;
      z[zRow + j + 1] = s1;
      z[zRow + j + 2] = s2;
      z[zRow + j + 3] = s3;
      z[zNext + j] = t0;
      z[zNext + j + 1] = t1;
      z[zNext + j + 2] = t2;
      z[zNext + j + 3] = t3;
    }
    for (int j = blocked; j < fanOut; j++) {
      double s = b[j];
      double t = s;
      for (int i = 0, k = j; i < fanIn; i++, k += fanOut) {
        double weight = w[k];
        s += in[row + i] * weight;
        t += in[next + i] * weight;
      }
      z[zRow + j] = s;
      z[zNext + j] = t;
    }
  }

  /**
   * The error term passed down, before the activation's derivative:
   * below[r][i] = sum_j delta[r][j] W[i][j] (the article's dJ/da of the layer below).
   */
  static void backward(double[] delta, int rows, int fanOut, double[] w, double[] below,
      int fanIn) {
    for (int r = 0; r < rows; r += 2) {
      // An odd last row pairs with itself, as in affine.
      int pair = r + 1 < rows ? r + 1 : r;
      backwardPair(delta, r * fanOut, pair * fanOut, fanOut, w, below, r * fanIn, pair * fanIn,
          fanIn);
    }
  }

  /** Two rows at a time: each weight load feeds both rows' sums. */
  private static void backwardPair(double[] delta, int dRow, int dNext, int fanOut, double[] w,
      double[] below, int bRow, int bNext, int fanIn) {
    int blocked = fanIn & ~3;
    for (int i = 0; i < blocked; i += 4) {
      int k0 = i * fanOut;
      int k1 = k0 + fanOut;
      int k2 = k1 + fanOut;
      int k3 = k2 + fanOut;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double t0 = 0;
      double t1 = 0;
      double t2 = 0;
      double t3 = 0;
      for (int j = 0; j < fanOut; j++) {
        double d = delta[dRow + j];
        double e = delta[dNext + j];
        double w0 = w[k0 + j];
        double w1 = w[k1 + j];
        double w2 = w[k2 + j];
        double w3 = w[k3 + j];
        s0 += d * w0;
        s1 += d * w1;
        s2 += d * w2;
        s3 += d * w3;
        t0 += e * w0;
        t1 += e * w1;
        t2 += e * w2;
        t3 += e * w3;
      }
      below[bRow + i] = s0;
      below[bRow + i + 1] = s1;
      below[bRow + i + 2] = s2;
      below[bRow + i + 3] = s3;
      below[bNext + i] = t0;
      below[bNext + i + 1] = t1;
      below[bNext + i + 2] = t2;
      below[bNext + i + 3] = t3;
    }
    for (int i = blocked; i < fanIn; i++) {
      int k = i * fanOut;
      double s = 0;
      double t = 0;
      for (int j = 0; j < fanOut; j++) {
        double weight = w[k + j];
        s += delta[dRow + j] * weight;
        t += delta[dNext + j] * weight;
      }
      below[bRow + i] = s;
      below[bNext + i] = t;
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
    for (int i = 0; i < fanIn; i += 2) {
      // An odd last input pairs with itself: both sums start from the same value and add the
      // same terms, so writing both leaves the one right value.
      int pair = i + 1 < fanIn ? i + 1 : i;
      gradientPair(in, inOffset + i, inOffset + pair, rows, fanIn, delta, fanOut, gw,
          i * fanOut, pair * fanOut, fresh, scale);
    }
  }

  /** Two inputs' rows of gw at a time: each delta load feeds both inputs' sums. */
  private static void gradientPair(double[] in, int x0, int x1, int rows, int fanIn,
      double[] delta, int fanOut, double[] gw, int k, int kNext, boolean fresh, double scale) {
    int blocked = fanOut & ~3;
    for (int j = 0; j < blocked; j += 4) {
      double s0 = fresh ? 0 : gw[k + j];
      double s1 = fresh ? 0 : gw[k + j + 1];
      double s2 = fresh ? 0 : gw[k + j + 2];
      double s3 = fresh ? 0 : gw[k + j + 3];
      double t0 = fresh ? 0 : gw[kNext + j];
      double t1 = fresh ? 0 : gw[kNext + j + 1];
      double t2 = fresh ? 0 : gw[kNext + j + 2];
      double t3 = fresh ? 0 : gw[kNext + j + 3];
      for (int r = 0, x = x0, y = x1, d = j; r < rows; r++, x += fanIn, y += fanIn,
          d += fanOut) {
        double v = in[x];
        double u = in[y];
        double d0 = delta[d];
        double d1 = delta[d + 1];
        double d2 = delta[d + 2];
        double d3 = delta[d + 3];
        s0 += v * d0;
        s1 += v * d1;
        s2 += v * d2;
        s3 += v * d3;
        t0 += u * d0;
        t1 += u * d1;
        t2 += u * d2;
        t3 += u * d3;
      }
      gw[k + j] = s0 * scale;
      gw[k + j + 1] = s1 * scale;
      gw[k + j + 2] = s2 * scale;
      gw[k + j + 3] = s3 * scale;
      gw[kNext + j] = t0 * scale;
      gw[kNext + j + 1] = t1 * scale;
      gw[kNext + j + 2] = t2 * scale;
      gw[kNext + j + 3] = t3 * scale;
    }
    for (int j = blocked; j < fanOut; j++) {
      double s = fresh ? 0 : gw[k + j];
      double t = fresh ? 0 : gw[kNext + j];
      for (int r = 0, x = x0, y = x1, d = j; r < rows; r++, x += fanIn, y += fanIn,
          d += fanOut) {
        double dj = delta[d];
        s += in[x] * dj;
        t += in[y] * dj;
      }
      gw[k + j] = s * scale;
      gw[kNext + j] = t * scale;
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
