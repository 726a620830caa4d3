package descent.engine.train;

/** Index of the largest of n values; the first on ties. */
public final class Argmax {
  private Argmax() {
  }

  public static int of(double[] values, int offset, int n) {
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (values[offset + k] > values[offset + best]) {
        best = k;
      }
    }
    return best;
  }
}
