package descent.engine.math;

/**
 * The elementary functions of the engine, bit-identical on the JVM, in WebAssembly and in
 * JavaScript. {@link Math#exp}, {@link Math#tanh} and {@link Math#log} may differ in the last bit
 * between JVMs and browsers, and one differing bit in one activation makes a replayed run drift
 * apart; these functions use only IEEE + - * / and comparisons, which every platform rounds the
 * same way. exp and tanh, the hot ones, are fast table-driven versions ({@link FastMath},
 * {@link FastTanh}; not equal to {@link StrictMath}, within 1 and 4 ulp of it); expm1, log, sin
 * and cos are ports of fdlibm (the library behind {@link StrictMath}) and equal to it bit for bit.
 */
public final class EngineMath {
  private EngineMath() {
  }

  /** e^x within 1 ulp of {@link StrictMath#exp} (Tang's table-driven method, {@link FastMath}). */
  public static double exp(double x) {
    return FastMath.exp(x, ExpTable.TWO_TO_J_64);
  }

  /** e^x - 1, equal to {@link StrictMath#expm1} bit for bit. */
  public static double expm1(double x) {
    return FdlibmExpm1.expm1(x);
  }

  /** Natural logarithm, equal to {@link StrictMath#log} bit for bit. */
  public static double log(double x) {
    return FdlibmLog.log(x);
  }

  /** Hyperbolic tangent within 4 ulp of {@link StrictMath#tanh} ({@link FastTanh}). */
  public static double tanh(double x) {
    return FastTanh.tanh(x);
  }

  /**
   * a[i] = tanh(z[i]) for i in [from, to), the same values as {@link #tanh(double)}; the hot
   * loop of tanh layers, with the tables and constants fetched once instead of once per value.
   */
  public static void tanh(double[] z, double[] a, int from, int to) {
    FastTanh.tanh(z, a, from, to);
  }

  /** Sine, equal to {@link StrictMath#sin} bit for bit for |x| up to about 823,550. */
  public static double sin(double x) {
    return FdlibmTrig.sin(x);
  }

  /** Cosine, equal to {@link StrictMath#cos} bit for bit for |x| up to about 823,550. */
  public static double cos(double x) {
    return FdlibmTrig.cos(x);
  }

  /**
   * log(1 + x) for x >= 0, accurate also when x is far below one ulp of 1, by Goldberg's
   * correction ("What every computer scientist should know about floating-point arithmetic",
   * 1991, Theorem 4): log(u) x / (u - 1) with u = 1 + x rounded.
   */
  public static double log1p(double x) {
    double u = 1 + x;
    if (u == 1) {
      return x;
    }
    return log(u) * x / (u - 1);
  }

  /**
   * The logistic sigmoid 1 / (1 + e^-x), evaluated as e^x / (1 + e^x) for negative x so that the
   * exponential never overflows.
   */
  public static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + exp(-x));
    }
    double e = exp(x);
    return e / (1 + e);
  }

  /**
   * x^n for n >= 0 by binary exponentiation: only multiplications, so the result is the same on
   * every platform (unlike {@link Math#pow}).
   */
  public static double powInt(double x, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative (was " + n + ")");
    }
    double result = 1;
    double base = x;
    int remaining = n;
    while (remaining > 0) {
      if ((remaining & 1) != 0) {
        result *= base;
      }
      base *= base;
      remaining >>= 1;
    }
    return result;
  }
}
