package descent.engine.math;

/**
 * Fast e^x and tanh(x) built only from IEEE double + - * / and comparisons, so they give the same
 * bits on the JVM, in WebAssembly and in JavaScript by construction (no {@link Math} or
 * {@link StrictMath} call, no 64-bit integer arithmetic, no bit-pattern access in the hot path).
 * They are not correctly rounded and not equal to {@link StrictMath}; measured against it over
 * millions of arguments (FastMathTest): exp within 1 ulp, tanh within 2 ulp.
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
 * <p><b>tanh</b>: for |x| < 0.55 an odd polynomial x + x t g(t), t = x^2, with g a degree-10
 * Chebyshev fit of (tanh(x) - x)/x^3 on [0, 0.3025] (relative accuracy near 0, sign of zero
 * kept); for 0.55 <= |x| < 19.0615 1 - 2/(e^(2|x|) + 1), where tanh >= 0.5 so the subtraction
 * does not amplify the error of the quotient; +-1 above (tanh rounds to 1 there).
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
  private static final double INV_LN2_64 = 0x1.71547652b82fep+6;
  /** 1.5 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to an integer. */
  private static final double ROUND_SHIFT = 0x1.8p52;
  /** ln2/64 = LN2_64_HI + LN2_64_LO; the head has 34 significant bits. */
  private static final double LN2_64_HI = 0x1.62e42fef80000p-7;
  private static final double LN2_64_LO = 0x1.1cf79abc9e3b4p-42;
  private static final double EXP_A2 = 0x1.ffffffffff57dp-2;
  private static final double EXP_A3 = 0x1.5555555555255p-3;
  private static final double EXP_A4 = 0x1.55556b342389bp-5;
  private static final double EXP_A5 = 0x1.11111d90623e3p-7;
  private static final double TWO_M54 = 0x1.0p-54;

  private static final double TANH_POLY_BOUND = 0.55;
  private static final double TANH_TINY = 0x1.0p-27;
  /** atanh(1 - 2^-54): from here on tanh rounds to 1. */
  private static final double TANH_SATURATION = 19.0615474653985;
  private static final double T1 = -0x1.5555555555555p-2;
  private static final double T2 = 0x1.1111111111032p-3;
  private static final double T3 = -0x1.ba1ba1b9fec84p-5;
  private static final double T4 = 0x1.664f487713373p-6;
  private static final double T5 = -0x1.226e32f00cf0cp-7;
  private static final double T6 = 0x1.d6d339333f329p-9;
  private static final double T7 = -0x1.7d97cfd138c28p-10;
  private static final double T8 = 0x1.34c5a8a996cd4p-11;
  private static final double T9 = -0x1.ec1091436eb2ap-13;
  private static final double T10 = 0x1.64fd88e9900a4p-14;
  private static final double T11 = -0x1.59a834187ce22p-16;


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

  /** tanh(x) within 2 ulp; odd (the sign of zero is kept), +-1 beyond 19.06, NaN for NaN. */
  static double tanh(double x, double[] twoToJ64) {
    double absX = x < 0 ? -x : x;
    if (absX < TANH_POLY_BOUND) {
      if (absX < TANH_TINY) {
        return x; // tanh(x) = x - x^3/3 rounds to x; keeps the sign of zero
      }
      double t = x * x;
      double g = T1 + t * (T2 + t * (T3 + t * (T4 + t * (T5 + t * (T6 + t * (T7 + t * (T8
          + t * (T9 + t * (T10 + t * T11)))))))));
      return x + x * t * g;
    }
    double z;
    if (absX < TANH_SATURATION) {
      // e = e^(2|x|) with 2|x| in [1.1, 38.2]: no range checks, 2^m in [2, 2^55].
      double twoX = absX + absX;
      double kd = (twoX * INV_LN2_64 + ROUND_SHIFT) - ROUND_SHIFT;
      int k = (int) kd;
      double r = (twoX - kd * LN2_64_HI) - kd * LN2_64_LO;
      double e = expTable(twoToJ64, k & 63, r) * smallPowerOfTwo(k >> 6);
      z = 1 - 2 / (e + 1);
    } else if (absX >= TANH_SATURATION) {
      z = 1;
    } else {
      return x + x; // NaN
    }
    // x > 0, not x < 0 again: TeaVM merges two equal double comparisons into one call of a
    // runtime compare function, where two different ones stay plain f64 comparisons.
    return x > 0 ? z : -z;
  }

  /** 2^m for 0 <= m <= 61, exactly, without a table. */
  private static double smallPowerOfTwo(int m) {
    return m < 31 ? (double) (1 << m) : (double) (1 << (m - 30)) * 0x1.0p30;
  }
}
