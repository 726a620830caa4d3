package descent.engine.math;

/**
 * Natural logarithm, a port of fdlibm 5.3's __ieee754_log (behind {@link StrictMath#log}): write
 * x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2), then log(1 + f) = f - s(f - R(s^2)) with
 * s = f/(2 + f) and R a Remez polynomial. Instead of reading the exponent bits, k is found by a
 * binary search over exact powers of two and the fdlibm tests on the mantissa's high word become
 * comparisons of 1 + f against the corresponding doubles.
 */
final class FdlibmLog {
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double TWO54 = 1.80143985094819840000e+16;
  private static final double LG1 = 6.666666666666735130e-01;
  private static final double LG2 = 3.999999999940941908e-01;
  private static final double LG3 = 2.857142874366239149e-01;
  private static final double LG4 = 2.222219843214978396e-01;
  private static final double LG5 = 1.818357216161805012e-01;
  private static final double LG6 = 1.531383769920937332e-01;
  private static final double LG7 = 1.479819860511658591e-01;
  private static final double MIN_NORMAL = 0x1.0p-1022;
  /**
   * Mantissa 1.m with high word 0x3ff00000 + h, as a double: the bound for fdlibm's tests on h.
   * Literals, so that the class needs no static initializer (TeaVM checks one on every call).
   */
  private static final double SQRT2_BOUND = 0x1.6a09cp0; // 1 + 0x6a09c * 2^-20
  private static final double NEAR_ONE_LOW = 0x1.00001p0; // 1 + 0x1 * 2^-20
  private static final double NEAR_TWO_HIGH = 0x1.ffffep0; // 1 + 0xffffe * 2^-20
  private static final double POLY_LOW = 0x1.6147ap0; // 1 + 0x6147a * 2^-20
  private static final double POLY_HIGH = 0x1.6b852p0; // 1 + 0x6b852 * 2^-20

  private FdlibmLog() {
  }

  static double log(double x) {
    if (x != x) {
      return x + x;
    }
    int k = 0;
    if (x < MIN_NORMAL) {
      if (x == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (x < 0) {
        return (x - x) / 0.0;
      }
      k -= 54;
      x *= TWO54;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return x + x;
    }
    int e = exponent(x);
    double m = x * PowersOfTwo.of(-e);
    k += e;
    // fdlibm's test (0xfffff & (2 + hx)) < 3 on the mantissa's high word hx.
    boolean nearPowerOfTwo = m < NEAR_ONE_LOW || m >= NEAR_TWO_HIGH;
    // fdlibm's i = (hx + 0x95f64) & 0x100000: halve the mantissa above about sqrt(2).
    boolean aboveSqrt2 = m >= SQRT2_BOUND;
    // fdlibm's (i | j) > 0 with i = hx - 0x6147a, j = 0x6b851 - hx.
    boolean middle = m >= POLY_LOW && m < POLY_HIGH;
    if (aboveSqrt2) {
      m *= 0.5;
      k += 1;
    }
    double f = m - 1.0;
    if (nearPowerOfTwo) {
      if (f == 0) {
        if (k == 0) {
          return 0;
        }
        double dk = k;
        return dk * LN2_HI + dk * LN2_LO;
      }
      double r = f * f * (0.5 - 0.33333333333333333 * f);
      if (k == 0) {
        return f - r;
      }
      double dk = k;
      return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    double s = f / (2.0 + f);
    double dk = k;
    double z = s * s;
    double w = z * z;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    double r = t2 + t1;
    if (middle) {
      double hfsq = 0.5 * f * f;
      if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
      }
      return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
    }
    if (k == 0) {
      return f - s * (f - r);
    }
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
  }

  /** The e with 2^e <= x < 2^(e+1) for a positive normal finite x, by binary search. */
  private static int exponent(double x) {
    int low = -1022;
    int high = 1023;
    while (low < high) {
      int mid = (low + high + 1) >> 1;
      if (x >= PowersOfTwo.of(mid)) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
