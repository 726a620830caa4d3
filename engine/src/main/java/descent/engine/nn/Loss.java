package descent.engine.nn;

/**
 * A loss J for one example, with its gradient with respect to the output pre-activations z fused
 * into one numerically stable expression where the pairing allows it.
 */
public enum Loss {
  /**
   * Mean squared error in the form J = 1/2 sum_k (a_k - y_k)^2, so dJ/da = a - y; the training
   * loss reported is its mean over examples.
   */
  MSE("mse") {
    @Override
    public double value(double[] z, double[] a, double[] y, int yOffset, int n) {
      double sum = 0;
      for (int k = 0; k < n; k++) {
        double d = a[k] - y[yOffset + k];
        sum += d * d;
      }
      return 0.5 * sum;
    }

    @Override
    public void outputDelta(Activation output, double[] z, double[] a, double[] y, int yOffset,
        double[] delta, int n) {
      for (int k = 0; k < n; k++) {
        delta[k] = a[k] - y[yOffset + k];
      }
      output.multiplyByDerivative(z, a, delta, n);
    }
  },

  /**
   * Softmax cross-entropy J = -sum_k y_k log softmax(z)_k, computed as logsumexp(z) - sum y_k z_k
   * so that a confident wrong answer gives a large finite loss instead of log(0). With a softmax
   * output the gradient dJ/dz is a - y.
   */
  CROSS_ENTROPY("cross-entropy") {
    @Override
    public double value(double[] z, double[] a, double[] y, int yOffset, int n) {
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        max = Math.max(max, z[k]);
      }
      double sum = 0;
      double dot = 0;
      double ySum = 0;
      for (int k = 0; k < n; k++) {
        sum += Math.exp(z[k] - max);
        dot += y[yOffset + k] * z[k];
        ySum += y[yOffset + k];
      }
      return ySum * (max + Math.log(sum)) - dot;
    }

    @Override
    public void outputDelta(Activation output, double[] z, double[] a, double[] y, int yOffset,
        double[] delta, int n) {
      for (int k = 0; k < n; k++) {
        delta[k] = a[k] - y[yOffset + k];
      }
    }
  };

  private final String id;

  Loss(String id) {
    this.id = id;
  }

  /** The name used in experiment documents, e.g. {@code "mse"}. */
  public String id() {
    return id;
  }

  /** The loss of one example whose output layer has pre-activations z and activations a. */
  public abstract double value(double[] z, double[] a, double[] y, int yOffset, int n);

  /** delta[k] = dJ/dz_k for the output layer: the article's error term at the output. */
  public abstract void outputDelta(Activation output, double[] z, double[] a, double[] y,
      int yOffset, double[] delta, int n);

  /** The loss with the given document name. */
  public static Loss fromId(String id) {
    for (Loss loss : values()) {
      if (loss.id.equals(id)) {
        return loss;
      }
    }
    throw new IllegalArgumentException("unknown loss '" + id + "'");
  }
}
