package descent.engine.math;

/**
 * Fast e^x built only from IEEE double + - * / and comparisons, so it gives the same bits on the
 * JVM, in WebAssembly and in JavaScript by construction (no {@link Math} or {@link StrictMath}
 * call, no 64-bit integer arithmetic, no bit-pattern access in the hot path).
 * It is not correctly rounded and not equal to {@link StrictMath}; measured against it over
 * millions of arguments (FastMathTest): within 1 ulp. tanh is {@link FastTanh}.
 *
 * <p><b>exp</b> is Tang's table-driven method (P. T. P. Tang, "Table-driven implementation of the
 * exponential function in IEEE floating-point arithmetic", ACM TOMS 15(2), 1989): x = (64 m + j)
 * ln2/64 + r with |r| <= ln2/128, e^x = 2^m 2^(j/64) e^r. k = 64 m + j is the nearest integer to
 * x 64/ln2, found by adding and subtracting 1.5 2^52 (the sum has ulp 1, so IEEE rounding to
 * nearest does the rounding); ln2/64 is split into a 34-bit head, whose product with k is exact,
 * and a tail. 2^(j/64) comes from a table of head and tail doubles, e^r - 1 from a degree-5
 * polynomial (Chebyshev fit, coefficients of r^2..r^5), and e^x = 2^m (T + (T_tail + T p)).
 * 2^m is an exact multiplication by a power of two ({@link PowersOfTwo}).
 *
 * <p>JavaScript pitfall: TeaVM's JavaScript backend prints {@code a * (b / c)} as {@code a*b/c}
 * and may print {@code a + (b + c)} as {@code a+b+c}, which JavaScript evaluates left to right, a
 * different rounding. Every expression here keeps its parenthesized part first or is a left-nested
 * chain, so its printed form evaluates in the same order.
 */
final class FastMath {
  /** Above this, e^x overflows (fdlibm's threshold). */
  private static final double EXP_OVERFLOW = 0x1.62e42fefa39efp+9;
  /** Below this, e^x rounds to zero (fdlibm's threshold). */
  private static final double EXP_UNDERFLOW = -7.45133219101941108420e+02;
  /** 64/ln2. */
  static final double INV_LN2_64 = 0x1.71547652b82fep+6;
  /** 1.5 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to an integer. */
  static final double ROUND_SHIFT = 0x1.8p52;
  /** ln2/64 = LN2_64_HI + LN2_64_LO; the head has 34 significant bits. */
  static final double LN2_64_HI = 0x1.62e42fef80000p-7;
  static final double LN2_64_LO = 0x1.1cf79abc9e3b4p-42;
  private static final double EXP_A2 = 0x1.ffffffffff57dp-2;
  private static final double EXP_A3 = 0x1.5555555555255p-3;
  private static final double EXP_A4 = 0x1.55556b342389bp-5;
  private static final double EXP_A5 = 0x1.11111d90623e3p-7;
  private static final double TWO_M54 = 0x1.0p-54;

  private FastMath() {
  }

  /** e^x within 1 ulp; +Infinity above 709.78, 0 below -745.13, NaN for NaN. */
  static double exp(double x, double[] twoToJ64) {
    if (!(x <= EXP_OVERFLOW)) {
      return x > 0 ? Double.POSITIVE_INFINITY : x; // or NaN
    }
    if (x < EXP_UNDERFLOW) {
      return 0;
    }
    double kd = (x * INV_LN2_64 + ROUND_SHIFT) - ROUND_SHIFT;
    int k = (int) kd;
    double r = (x - kd * LN2_64_HI) - kd * LN2_64_LO;
    double y = expTable(twoToJ64, k & 63, r);
    int m = k >> 6;
    if (m >= -1021) {
      return PowersOfTwo.scale(y, m);
    }
    // Subnormal result: an exact scaling into the normal range, then one rounding.
    return y * PowersOfTwo.of(m + 54) * TWO_M54;
  }

  /** 2^(j/64) e^r for |r| <= ln2/128 (a little more is harmless), in [0.99, 2]. */
  private static double expTable(double[] twoToJ64, int j, double r) {
    double p = r + r * r * (EXP_A2 + r * (EXP_A3 + r * (EXP_A4 + r * EXP_A5)));
    double head = twoToJ64[2 * j];
    double tail = twoToJ64[2 * j + 1];
    return (tail + head * p) + head;
  }
}
