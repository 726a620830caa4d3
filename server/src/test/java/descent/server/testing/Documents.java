package descent.server.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Valid experiment documents for tests; {@link #unique} makes one no other test stores. */
public final class Documents {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final long RUN = System.nanoTime();

  public static final String FUNCTION = "{\"schemaVersion\": 1, \"kind\": \"function\","
      + " \"title\": \"Descent on a parabola\", \"function\": \"x^2 - 2*x + 1\", \"start\": [3],"
      + " \"tolerance\": 1e-6, \"maxSteps\": 10000,"
      + " \"optimizers\": [{\"optimizer\": \"sgd\", \"learningRate\": 0.1}]}";

  public static final String NETWORK = "{\"schemaVersion\": 1, \"kind\": \"network\","
      + " \"title\": \"Spiral\", \"seed\": 42,"
      + " \"data\": {\"source\": \"spiral\", \"points\": 500, \"noise\": 0.0, \"trainFraction\": 0.5},"
      + " \"features\": [\"x1\", \"x2\"],"
      + " \"network\": {\"hidden\": [{\"units\": 8, \"activation\": \"tanh\"}], \"output\": \"tanh\","
      + " \"loss\": \"mse\", \"init\": \"glorot\"},"
      + " \"training\": {\"optimizer\": \"sgd\", \"learningRate\": 0.03, \"batchSize\": 10,"
      + " \"epochs\": 1000, \"regularization\": \"none\", \"regularizationRate\": 0}}";

  private Documents() {
  }

  /** A valid network document whose title makes it unlike any other in this or earlier runs. */
  public static String unique() {
    return withTitle(NETWORK, "t" + RUN + "-" + COUNTER.incrementAndGet());
  }

  public static String withTitle(String document, String title) {
    return document.replaceFirst("\"title\": \"[^\"]*\"",
        java.util.regex.Matcher.quoteReplacement("\"title\": \"" + title + "\""));
  }

  /** {@code document} with a "parent" field added. */
  public static String withParent(String document, String parent) {
    return document.replaceFirst("\\{",
        java.util.regex.Matcher.quoteReplacement("{\"parent\": \"" + parent + "\", "));
  }
}
