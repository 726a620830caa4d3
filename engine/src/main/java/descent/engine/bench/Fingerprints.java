package descent.engine.bench;

/** How many epochs the cross-backend bit-identity check compares (JVM, Wasm and JS alike). */
public final class Fingerprints {
  /** Epochs of configuration 1 (each: training loss and test loss). */
  public static final int SPIRAL_EPOCHS = 2000;
  /** Epochs of the XOR network. */
  public static final int XOR_EPOCHS = 10000;
  /** Arguments of the tanh and exp fingerprint ({@link LossFingerprint#math()}). */
  public static final int MATH_ARGUMENTS = 4096;

  private Fingerprints() {
  }
}
