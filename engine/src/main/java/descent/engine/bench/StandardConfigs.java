package descent.engine.bench;

import descent.engine.session.SessionConfig;

/**
 * The benchmark configurations, shared by the JVM harness and the browser benchmark page. Each
 * method returns a fresh config; iris, wine and digits still need their text via
 * {@link SessionConfig#dataText}.
 */
public final class StandardConfigs {
  private StandardConfigs() {
  }

  /**
   * TensorFlow Playground's spiral setup: 500 points, half for training, x1 and x2, three hidden
   * tanh layers of 8, tanh output, mse, SGD with rate 0.03, batch 10.
   */
  public static SessionConfig spiral() {
    return new SessionConfig().dataset("spiral").points(500).trainFraction(0.5).noise(0)
        .features("x1", "x2").hidden(new int[] {8, 8, 8}, "tanh").output("tanh").loss("mse")
        .optimizer("sgd").learningRate(0.03).batchSize(10).seed(1);
  }

  /** The spiral setup with six hidden tanh layers of 8. */
  public static SessionConfig deepSpiral() {
    return spiral().hidden(new int[] {8, 8, 8, 8, 8, 8}, "tanh");
  }

  /** Digits 64-32-10: ReLU hidden layer, softmax with cross-entropy, Adam (rate 0.001), batch 32. */
  public static SessionConfig digits() {
    return new SessionConfig().dataset("digits").trainFraction(0.8)
        .hidden(new int[] {32}, "relu").initializer("he").output("softmax")
        .loss("cross-entropy").optimizer("adam").learningRate(0.001).batchSize(32).seed(1);
  }

  /** Iris 4-8-3: tanh hidden layer, softmax with cross-entropy, SGD (rate 0.1), batch 10. */
  public static SessionConfig iris() {
    return new SessionConfig().dataset("iris").trainFraction(0.8)
        .hidden(new int[] {8}, "tanh").output("softmax").loss("cross-entropy")
        .optimizer("sgd").learningRate(0.1).batchSize(10).seed(1);
  }
}
