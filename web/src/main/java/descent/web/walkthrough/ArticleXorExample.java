package descent.web.walkthrough;

/**
 * The seed article's XOR network, 2-3-2 with a tanh hidden layer and a softmax output trained by
 * cross-entropy, with fixed example weights instead of the article's np.random.rand so that
 * every number on the page can be checked by hand. Biases start at zero as in the article; the
 * labels are one-hot (the article's y of shape (4, 1) cannot be subtracted from a 2-unit softmax).
 */
final class ArticleXorExample {
  static final int INPUTS = 2;
  static final int[] UNITS = {3, 2};
  static final String[] ACTIVATIONS = {"tanh", "softmax"};
  static final String LOSS = "cross-entropy";
  static final double LEARNING_RATE = 0.1;
  /** W1, 2 x 3 row-major (fan_in x fan_out, as the article's np.dot(X, W1)). */
  static final double[] W1 = {0.2, -0.4, 0.7, 0.6, 0.3, -0.5};
  /** W2, 3 x 2 row-major. */
  static final double[] W2 = {0.5, -0.6, -0.3, 0.8, 0.9, 0.1};
  static final double[] B1 = {0, 0, 0};
  static final double[] B2 = {0, 0};
  /** The four XOR inputs, one row each. */
  static final double[] INPUT_ROWS = {0, 0, 0, 1, 1, 0, 1, 1};
  /** One-hot labels: (1, 0) for class 0, (0, 1) for class 1 (exactly one input is 1). */
  static final double[] TARGET_ROWS = {1, 0, 0, 1, 0, 1, 1, 0};
  /** Row (1, 0), class 1: both hidden units and both outputs get distinct, non-trivial numbers. */
  static final int EXAMPLE = 2;

  private ArticleXorExample() {
  }

  static void fill(WalkthroughBuilder builder) {
    builder.inputs(INPUTS);
    for (int l = 0; l < UNITS.length; l++) {
      builder.layer(UNITS[l], ACTIVATIONS[l]);
    }
    builder.loss(LOSS);
    builder.weights(0, W1.clone());
    builder.weights(1, W2.clone());
    builder.biases(0, B1.clone());
    builder.biases(1, B2.clone());
    builder.examples(INPUT_ROWS.clone(), TARGET_ROWS.clone());
    builder.learningRate(LEARNING_RATE);
  }
}
