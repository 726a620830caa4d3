package descent.engine.nn;

import descent.engine.math.EngineMath;

/**
 * A layer's activation function f, applied element-wise to the pre-activations z (softmax: to the
 * whole vector). Forward and backward sit side by side, as in micrograd, so that a change to one
 * is seen next to the other. Every transcendental function comes from {@link EngineMath}, so runs
 * replay bit for bit on the JVM and in the browser.
 *
 * <p>Document ids: hidden layers {@code linear, sigmoid, tanh, relu, leaky-relu, elu, swish};
 * output layer {@code linear, sigmoid, tanh, softmax}.
 */
public enum Activation {
  LINEAR("linear", true, true) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      System.arraycopy(z, from, a, from, to - from);
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // f'(z) = 1
    }
  },

  /** The logistic function 1 / (1 + e^-z). */
  SIGMOID("sigmoid", true, true) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      for (int i = from; i < to; i++) {
        a[i] = EngineMath.sigmoid(z[i]);
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      for (int i = 0; i < n; i++) {
        delta[i] *= a[i] * (1 - a[i]);
      }
    }
  },

  TANH("tanh", true, true) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      EngineMath.tanh(z, a, from, to);
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // f'(z) = 1 - tanh(z)^2, read from the stored activation a = tanh(z).
      for (int i = 0; i < n; i++) {
        delta[i] *= 1 - a[i] * a[i];
      }
    }
  },

  /** Rectified linear unit max(0, z) (Nair and Hinton 2010); f'(0) is taken as 0. */
  RELU("relu", true, false) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      for (int i = from; i < to; i++) {
        // Written so that NaN passes through and divergence stays visible.
        a[i] = z[i] < 0 ? 0 : z[i];
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      for (int i = 0; i < n; i++) {
        if (!(z[i] > 0)) {
          delta[i] = 0;
        }
      }
    }
  },

  /** Leaky ReLU with slope 0.01 below zero (Maas, Hannun and Ng 2013). */
  LEAKY_RELU("leaky-relu", true, false) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      for (int i = from; i < to; i++) {
        a[i] = z[i] < 0 ? LEAKY_SLOPE * z[i] : z[i];
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      for (int i = 0; i < n; i++) {
        if (!(z[i] > 0)) {
          delta[i] *= LEAKY_SLOPE;
        }
      }
    }
  },

  /** Exponential linear unit with alpha 1 (Clevert, Unterthiner and Hochreiter 2016). */
  ELU("elu", true, false) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      for (int i = from; i < to; i++) {
        a[i] = z[i] > 0 ? z[i] : EngineMath.expm1(z[i]);
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // Below zero f'(z) = e^z = a + 1.
      for (int i = 0; i < n; i++) {
        if (!(z[i] > 0)) {
          delta[i] *= a[i] + 1;
        }
      }
    }
  },

  /** Swish z sigmoid(z) (Ramachandran, Zoph and Le, "Searching for activation functions", 2017). */
  SWISH("swish", true, false) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      for (int i = from; i < to; i++) {
        a[i] = z[i] * EngineMath.sigmoid(z[i]);
      }
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // f'(z) = s + z s (1 - s) = s + a (1 - s) with s = sigmoid(z).
      for (int i = 0; i < n; i++) {
        double s = EngineMath.sigmoid(z[i]);
        delta[i] *= s + a[i] * (1 - s);
      }
    }
  },

  /**
   * Softmax over the whole layer, output only. With cross-entropy the loss supplies the fused
   * gradient a - y; with another loss the Jacobian-vector product below is used.
   */
  SOFTMAX("softmax", false, true) {
    @Override
    public void forward(double[] z, double[] a, int from, int to) {
      softmax(z, a, from, to - from);
    }

    @Override
    public void multiplyByDerivative(double[] z, double[] a, double[] delta, int n) {
      // (J^T delta)_k = a_k (delta_k - sum_j a_j delta_j) for J = diag(a) - a a^T.
      double dot = 0;
      for (int i = 0; i < n; i++) {
        dot += a[i] * delta[i];
      }
      for (int i = 0; i < n; i++) {
        delta[i] = a[i] * (delta[i] - dot);
      }
    }
  };

  private static final double LEAKY_SLOPE = 0.01;

  private final String id;
  private final boolean hiddenAllowed;
  private final boolean outputAllowed;

  Activation(String id, boolean hiddenAllowed, boolean outputAllowed) {
    this.id = id;
    this.hiddenAllowed = hiddenAllowed;
    this.outputAllowed = outputAllowed;
  }

  /** The name used in experiment documents and URLs, e.g. {@code "tanh"}. */
  public String id() {
    return id;
  }

  /** Whether a hidden layer may use this function (not softmax). */
  public boolean isHiddenAllowed() {
    return hiddenAllowed;
  }

  /** Whether the output layer may use this function: linear, sigmoid, tanh or softmax. */
  public boolean isOutputAllowed() {
    return outputAllowed;
  }

  /** a[i] = f(z[i]) for i in [from, to) (softmax: of the vector z[from..to)); a may be z. */
  public abstract void forward(double[] z, double[] a, int from, int to);

  /** delta[i] *= f'(z[i]) for i in [0, n) (softmax: delta = J^T delta); a holds f(z). */
  public abstract void multiplyByDerivative(double[] z, double[] a, double[] delta, int n);

  /**
   * a[i] = f(z[i]) for i in [from, to), for the activation with the given ordinal: one switch per
   * layer and a plain loop per case, instead of a virtual call whose target changes from layer to
   * layer. Computes exactly what {@link #forward(double[], double[], int, int)} computes.
   */
  static void forward(int kind, double[] z, double[] a, int from, int to) {
    switch (kind) {
      case 2: // TANH
        EngineMath.tanh(z, a, from, to);
        return;
      case 3: // RELU
        for (int i = from; i < to; i++) {
          double v = z[i];
          a[i] = v < 0 ? 0 : v;
        }
        return;
      case 0: // LINEAR
        System.arraycopy(z, from, a, from, to - from);
        return;
      default:
        VALUES[kind].forward(z, a, from, to);
    }
  }

  /**
   * The forward pass of rows examples of width units each, row-major: element-wise for every
   * activation but softmax, which normalises each row on its own.
   */
  static void forwardRows(int kind, double[] z, double[] a, int rows, int width) {
    if (kind == SOFTMAX_KIND) {
      for (int r = 0; r < rows; r++) {
        softmax(z, a, r * width, width);
      }
    } else {
      forward(kind, z, a, 0, rows * width);
    }
  }

  private static final int SOFTMAX_KIND = SOFTMAX.ordinal();

  /** a = softmax(z) over the n entries from offset. */
  private static void softmax(double[] z, double[] a, int offset, int n) {
    // Subtract the maximum so exp never overflows; the result is unchanged mathematically.
    int end = offset + n;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = offset; i < end; i++) {
      max = Math.max(max, z[i]);
    }
    double sum = 0;
    for (int i = offset; i < end; i++) {
      a[i] = EngineMath.exp(z[i] - max);
      sum += a[i];
    }
    for (int i = offset; i < end; i++) {
      a[i] /= sum;
    }
  }

  /** delta[i] *= f'(z[i]) for the activation with the given ordinal (see {@link #forward}). */
  static void multiplyByDerivative(int kind, double[] z, double[] a, double[] delta, int n) {
    switch (kind) {
      case 2: // TANH
        for (int i = 0; i < n; i++) {
          double ai = a[i];
          delta[i] *= 1 - ai * ai;
        }
        return;
      case 3: // RELU
        for (int i = 0; i < n; i++) {
          if (!(z[i] > 0)) {
            delta[i] = 0;
          }
        }
        return;
      case 0: // LINEAR
        return;
      default:
        VALUES[kind].multiplyByDerivative(z, a, delta, n);
    }
  }

  private static final Activation[] VALUES = values();

  /** The activation with the given document name. */
  public static Activation fromId(String id) {
    for (Activation activation : values()) {
      if (activation.id.equals(id)) {
        return activation;
      }
    }
    throw new IllegalArgumentException("activation: unknown id '" + id
        + "' (expected linear, sigmoid, tanh, relu, leaky-relu, elu, swish or softmax)");
  }
}
