package descent.engine.nn;

/**
 * A layer's activation function f, applied element-wise to the pre-activations z (softmax: to the
 * whole vector). Forward and backward sit side by side, as in micrograd, so that a change to one
 * is seen next to the other.
 */
public enum Activation {
  LINEAR("linear") {
    @Override
    public void forward(double[] z, double[] a, int n) {
      System.arraycopy(z, 0, a, 0, n);
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // f'(z) = 1
    }
  },

  TANH("tanh") {
    @Override
    public void forward(double[] z, double[] a, int n) {
      for (int i = 0; i < n; i++) {
        a[i] = Math.tanh(z[i]);
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // f'(z) = 1 - tanh(z)^2, read from the stored activation a = tanh(z).
      for (int i = 0; i < n; i++) {
        delta[i] *= 1 - a[i] * a[i];
      }
    }
  },

  /**
   * Softmax over the whole layer; only as an output paired with cross-entropy, whose fused
   * gradient (a - y) never needs the softmax Jacobian.
   */
  SOFTMAX("softmax") {
    @Override
    public void forward(double[] z, double[] a, int n) {
      // Subtract the maximum so exp never overflows; the result is unchanged mathematically.
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, z[i]);
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        a[i] = Math.exp(z[i] - max);
        sum += a[i];
      }
      for (int i = 0; i < n; i++) {
        a[i] /= sum;
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      throw new IllegalStateException("softmax is only supported as an output with cross-entropy");
    }
  };

  private final String id;

  Activation(String id) {
    this.id = id;
  }

  /** The name used in experiment documents and URLs, e.g. {@code "tanh"}. */
  public String id() {
    return id;
  }

  /** a[i] = f(z[i]) for i in [0, n). */
  public abstract void forward(double[] z, double[] a, int n);

  /** delta[i] *= f'(z[i]) for i in [0, n); a holds f(z) from the forward pass. */
  public abstract void multiplyByDerivative(double[] z, double[] a, double[] delta, int n);

  /** The activation with the given document name. */
  public static Activation fromId(String id) {
    for (Activation activation : values()) {
      if (activation.id.equals(id)) {
        return activation;
      }
    }
    throw new IllegalArgumentException("unknown activation '" + id + "'");
  }
}
