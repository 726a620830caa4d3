package descent.engine.bench;

import descent.engine.math.EngineMath;
import descent.engine.metrics.History;
import descent.engine.session.Session;
import descent.engine.train.Trainer;

/**
 * Loss histories as the exact bit patterns of their doubles (16 hex digits each, comma
 * separated), so that a run on the JVM, in WebAssembly and in JavaScript can be compared bit for
 * bit and the first differing epoch found.
 */
public final class LossFingerprint {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LossFingerprint() {
  }

  /**
   * A standard configuration trained by {@link Session#step()} for the given epochs: per epoch
   * the training loss then the test loss.
   */
  public static String session(int config, String dataText, int epochs) {
    Session session = BenchmarkSessions.create(config, dataText);
    session.run(epochs);
    History history = session.history();
    StringBuilder out = new StringBuilder(history.size() * 34);
    for (int i = 1; i < history.size(); i++) {
      if (i > 1) {
        out.append(',');
      }
      append(out, history.trainLosses().get(i));
      out.append(':');
      append(out, history.testLosses().get(i));
    }
    return out.toString();
  }

  /** The XOR network (seed 1, learning rate 0.5, as the page): each epoch's training loss. */
  public static String xor(int epochs) {
    Trainer trainer = BenchmarkSessions.xor(1, 0.5);
    StringBuilder out = new StringBuilder(epochs * 17);
    for (int i = 0; i < epochs; i++) {
      trainer.trainEpoch();
      if (i > 0) {
        out.append(',');
      }
      append(out, trainer.lastEpochLoss());
    }
    return out.toString();
  }

  /**
   * tanh and exp of {@link Fingerprints#MATH_ARGUMENTS} arguments covering every branch (the
   * arguments are made by exact double arithmetic, the same on every platform): per argument
   * "tanh:exp" bits, comma separated. Compares the elementary functions themselves across
   * backends, not only their effect on a loss history.
   */
  public static String math() {
    int n = Fingerprints.MATH_ARGUMENTS;
    StringBuilder out = new StringBuilder(n * 34);
    for (int i = 0; i < n; i++) {
      // i/n in [0, 1) scaled to [-25, 25), then every fourth argument shrunk towards 0 and
      // every eighth stretched to the whole range of exp.
      // (50.0 / n) first: TeaVM's JavaScript backend prints a * (b / c) as a*b/c.
      double x = (50.0 / n) * (i - n / 2) + 0.0078125 * (i % 7);
      if (i % 4 == 1) {
        x = x * 0x1.0p-20;
      } else if (i % 8 == 3) {
        x = x * 29.75;
      }
      if (i > 0) {
        out.append(',');
      }
      append(out, EngineMath.tanh(x));
      out.append(':');
      append(out, EngineMath.exp(x));
    }
    return out.toString();
  }

  /** The 16 hex digits of a double's IEEE 754 bits, without long arithmetic per digit. */
  static void append(StringBuilder out, double value) {
    long bits = Double.doubleToRawLongBits(value);
    int high = (int) (bits >>> 32);
    int low = (int) bits;
    appendInt(out, high);
    appendInt(out, low);
  }

  private static void appendInt(StringBuilder out, int value) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      out.append(HEX[(value >>> shift) & 15]);
    }
  }
}
