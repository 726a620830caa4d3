package descent.engine.bench;

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
