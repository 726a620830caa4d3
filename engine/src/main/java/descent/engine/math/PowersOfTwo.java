package descent.engine.math;

/**
 * Exact powers of two 2^k for k in [-1074, 1023], built by repeated halving and doubling (each
 * step exact). Multiplying a normal double by 2^k is exact whenever the result is normal, so this
 * replaces fdlibm's "add k to the exponent bits" without touching the bit pattern (TeaVM's
 * JavaScript backend emulates 64-bit integers slowly).
 */
final class PowersOfTwo {
  private static final int MIN_EXPONENT = -1074;
  private static final double[] TABLE = build();

  private PowersOfTwo() {
  }

  private static double[] build() {
    double[] table = new double[1023 - MIN_EXPONENT + 1];
    double value = 1;
    for (int k = 0; k <= 1023; k++) {
      table[k - MIN_EXPONENT] = value;
      value *= 2;
    }
    value = 1;
    for (int k = 0; k >= MIN_EXPONENT; k--) {
      table[k - MIN_EXPONENT] = value;
      value *= 0.5;
    }
    return table;
  }

  /** 2^k for k in [-1074, 1023]. */
  static double of(int k) {
    return TABLE[k - MIN_EXPONENT];
  }

  /**
   * y * 2^k for y in [0.5, 2) and k in [-1021, 1024], exact when the result is a normal number
   * (k = 1024 is done in two exact steps since 2^1024 is not a double).
   */
  static double scale(double y, int k) {
    if (k > 1023) {
      return y * TABLE[k - 1 - MIN_EXPONENT] * 2;
    }
    return y * TABLE[k - MIN_EXPONENT];
  }
}
