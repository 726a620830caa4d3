package descent.engine.nn;

/**
 * A fully connected feed-forward network. Layer l (0-based, hidden layers first, output last) maps
 * sizes[l] inputs to sizes[l + 1] outputs: z = a_prev W + b, a = f(z), with W stored row-major
 * with shape fan_in x fan_out (W[i][j] at i * fanOut + j) and b with shape fan_out, the layout of
 * the seed article. All state lives in flat arrays allocated once.
 */
public final class Network {
  private final int[] sizes;
  private final Activation[] activations;
  /** activations[l].ordinal(), so hot loops switch on an int instead of calling per layer. */
  private final int[] kinds;
  private final double[][] weights;
  private final double[][] biases;
  private final double[][] z;
  private final double[][] a;

  /** Most hidden layers a network may have. */
  public static final int MAX_HIDDEN_LAYERS = 10;
  /** Most units a hidden or output layer may have. */
  public static final int MAX_LAYER_WIDTH = 256;

  /**
   * @param sizes input size, then each layer's width: 1 to 256 units, 0 to 10 hidden layers
   * @param activations one per layer (sizes.length - 1 entries); hidden layers may not use
   *     softmax, the output layer only linear, sigmoid, tanh or softmax
   */
  public Network(int[] sizes, Activation[] activations) {
    if (sizes == null || sizes.length < 2) {
      throw new IllegalArgumentException("sizes must list the input size and at least one layer");
    }
    if (sizes.length - 2 > MAX_HIDDEN_LAYERS) {
      throw new IllegalArgumentException("sizes: at most " + MAX_HIDDEN_LAYERS
          + " hidden layers (was " + (sizes.length - 2) + ")");
    }
    if (activations == null || activations.length != sizes.length - 1) {
      throw new IllegalArgumentException("activations must have one entry per layer ("
          + (sizes.length - 1) + ")");
    }
    for (int l = 0; l < sizes.length; l++) {
      if (sizes[l] < 1) {
        throw new IllegalArgumentException("sizes[" + l + "] must be positive (was " + sizes[l]
            + ")");
      }
      if (l > 0 && sizes[l] > MAX_LAYER_WIDTH) {
        throw new IllegalArgumentException("sizes[" + l + "] must be at most " + MAX_LAYER_WIDTH
            + " (was " + sizes[l] + ")");
      }
    }
    for (int l = 0; l < activations.length; l++) {
      Activation activation = activations[l];
      boolean output = l == activations.length - 1;
      if (activation == null) {
        throw new IllegalArgumentException("activations[" + l + "] is missing");
      }
      if (output && !activation.isOutputAllowed()) {
        throw new IllegalArgumentException("activations[" + l + "]: the output layer cannot use '"
            + activation.id() + "' (use linear, sigmoid, tanh or softmax)");
      }
      if (!output && !activation.isHiddenAllowed()) {
        throw new IllegalArgumentException("activations[" + l + "]: hidden layer " + l
            + " cannot use '" + activation.id() + "'");
      }
    }
    this.sizes = sizes.clone();
    this.activations = activations.clone();
    this.kinds = new int[activations.length];
    for (int l = 0; l < activations.length; l++) {
      kinds[l] = activations[l].ordinal();
    }
    int layers = sizes.length - 1;
    weights = new double[layers][];
    biases = new double[layers][];
    z = new double[layers][];
    a = new double[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = new double[sizes[l] * sizes[l + 1]];
      biases[l] = new double[sizes[l + 1]];
      z[l] = new double[sizes[l + 1]];
      a[l] = new double[sizes[l + 1]];
    }
  }

  /** Number of weight layers (hidden layers plus the output layer). */
  public int layerCount() {
    return weights.length;
  }

  /** Units of all layers, hidden and output (the inputs not counted). */
  public int unitCount() {
    int count = 0;
    for (int l = 0; l < weights.length; l++) {
      count += fanOut(l);
    }
    return count;
  }

  /** Total number of weights and biases. */
  public int parameterCount() {
    int count = 0;
    for (int l = 0; l < weights.length; l++) {
      count += weights[l].length + biases[l].length;
    }
    return count;
  }

  public int inputSize() {
    return sizes[0];
  }

  public int outputSize() {
    return sizes[sizes.length - 1];
  }

  /** Fan-in of layer l. */
  public int fanIn(int layer) {
    return sizes[layer];
  }

  /** Fan-out (width) of layer l. */
  public int fanOut(int layer) {
    return sizes[layer + 1];
  }

  public Activation activation(int layer) {
    return activations[layer];
  }

  /** The live weights of layer l, row-major fan_in x fan_out; writes change the network. */
  public double[] weights(int layer) {
    return weights[layer];
  }

  /** The live biases of layer l, length fan_out; writes change the network. */
  public double[] biases(int layer) {
    return biases[layer];
  }

  /** Pre-activations z of layer l from the last forward pass. */
  public double[] preActivations(int layer) {
    return z[layer];
  }

  /** Activations a = f(z) of layer l from the last forward pass. */
  public double[] activations(int layer) {
    return a[layer];
  }

  /**
   * Runs one example through the network.
   *
   * @param x inputs of many examples, row-major
   * @param offset where this example's inputSize() values start in x
   * @return the output activations (an internal buffer, overwritten by the next call)
   */
  public double[] forward(double[] x, int offset) {
    double[] in = x;
    int inOffset = offset;
    int layers = weights.length;
    for (int l = 0; l < layers; l++) {
      int fanIn = sizes[l];
      int fanOut = sizes[l + 1];
      double[] zl = z[l];
      DenseKernels.affine(in, inOffset, 1, fanIn, weights[l], biases[l], zl, fanOut);
      Activation.forward(kinds[l], zl, a[l], 0, fanOut);
      in = a[l];
      inOffset = 0;
    }
    return a[layers - 1];
  }

  /** The activation of layer l as {@link Activation#ordinal()}, for switch-based hot loops. */
  int kind(int layer) {
    return kinds[layer];
  }
}
