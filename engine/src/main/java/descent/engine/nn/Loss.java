package descent.engine.nn;

import descent.engine.math.EngineMath;

/**
 * A loss J for one example, with its gradient with respect to the output pre-activations z fused
 * into one numerically stable expression where the pairing allows it. Document ids: {@code mse,
 * binary-cross-entropy, cross-entropy}.
 */
public enum Loss {
  /**
   * Mean squared error in the form J = 1/2 sum_k (a_k - y_k)^2, so dJ/da = a - y; the training
   * loss reported is its mean over examples. Works with every output activation.
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

    @Override
    public void outputGradient(double[] a, double[] y, int yOffset, double[] dJda, int n) {
      for (int k = 0; k < n; k++) {
        dJda[k] = a[k] - y[yOffset + k];
      }
    }

    @Override
    boolean accepts(Activation output) {
      return true;
    }
  },

  /**
   * Binary cross-entropy J = -sum_k [y_k log a_k + (1 - y_k) log(1 - a_k)] for sigmoid outputs
   * a = sigmoid(z) and targets in [0, 1], computed from z in the stable form
   * max(z, 0) - z y + log(1 + e^-|z|), which never takes log(0). The gradient dJ/dz is a - y.
   */
  BINARY_CROSS_ENTROPY("binary-cross-entropy") {
    @Override
    public double value(double[] z, double[] a, double[] y, int yOffset, int n) {
      double sum = 0;
      for (int k = 0; k < n; k++) {
        double zk = z[k];
        double absZ = zk < 0 ? -zk : zk;
        sum += (zk > 0 ? zk : 0) - zk * y[yOffset + k] + EngineMath.log1p(EngineMath.exp(-absZ));
      }
      return sum;
    }

    @Override
    public void outputDelta(Activation output, double[] z, double[] a, double[] y, int yOffset,
        double[] delta, int n) {
      for (int k = 0; k < n; k++) {
        delta[k] = a[k] - y[yOffset + k];
      }
    }

    @Override
    public void outputGradient(double[] a, double[] y, int yOffset, double[] dJda, int n) {
      for (int k = 0; k < n; k++) {
        dJda[k] = (a[k] - y[yOffset + k]) / (a[k] * (1 - a[k]));
      }
    }

    @Override
    boolean accepts(Activation output) {
      return output == Activation.SIGMOID;
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
        sum += EngineMath.exp(z[k] - max);
        dot += y[yOffset + k] * z[k];
        ySum += y[yOffset + k];
      }
      return ySum * (max + EngineMath.log(sum)) - dot;
    }

    @Override
    public void outputDelta(Activation output, double[] z, double[] a, double[] y, int yOffset,
        double[] delta, int n) {
      for (int k = 0; k < n; k++) {
        delta[k] = a[k] - y[yOffset + k];
      }
    }

    @Override
    public void outputGradient(double[] a, double[] y, int yOffset, double[] dJda, int n) {
      for (int k = 0; k < n; k++) {
        dJda[k] = -y[yOffset + k] / a[k];
      }
    }

    @Override
    boolean accepts(Activation output) {
      return output == Activation.SOFTMAX;
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

  /** dJda[k] = dJ/da_k, the article's gradient with respect to the output activations. */
  public abstract void outputGradient(double[] a, double[] y, int yOffset, double[] dJda, int n);

  abstract boolean accepts(Activation output);

  /**
   * Fails unless this loss can train a network with the given output activation:
   * binary-cross-entropy needs sigmoid, cross-entropy needs softmax, mse takes any output.
   */
  public void requireCompatible(Activation output) {
    if (!accepts(output)) {
      throw new IllegalArgumentException("loss: '" + id + "' cannot be used with output activation '"
          + output.id() + "' (" + (this == CROSS_ENTROPY ? "needs softmax" : "needs sigmoid")
          + ")");
    }
  }

  /** The loss with the given document name. */
  public static Loss fromId(String id) {
    for (Loss loss : values()) {
      if (loss.id.equals(id)) {
        return loss;
      }
    }
    throw new IllegalArgumentException("loss: unknown id '" + id
        + "' (expected mse, binary-cross-entropy or cross-entropy)");
  }
}
