package descent.engine.math;

/**
 * e^x, a line-by-line port of fdlibm 5.3's __ieee754_exp (Sun Microsystems 1993, the algorithm
 * behind {@link StrictMath#exp}): reduce x = k ln2 + r with |r| <= ln2/2, approximate e^r by a
 * degree-5 Remez polynomial, scale by 2^k. Pure IEEE double arithmetic, so it gives the same bits
 * on the JVM, in WebAssembly and in JavaScript. Range checks compare doubles against the
 * thresholds fdlibm encodes as high words; the scaling multiplies by an exact power of two.
 */
final class FdlibmExp {
  private static final double O_THRESHOLD = 7.09782712893383973096e+02;
  private static final double U_THRESHOLD = -7.45133219101941108420e+02;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double TWO_M1000 = 9.33263618503218878990e-302;
  private static final double P1 = 1.66666666666666019037e-01;
  private static final double P2 = -2.77777777770155933842e-03;
  private static final double P3 = 6.61375632143793436117e-05;
  private static final double P4 = -1.65339022054652515390e-06;
  private static final double P5 = 4.13813679705723846039e-08;
  /** |x| with high word above 0x3fd62e42, i.e. |x| > ln2/2 as fdlibm tests it. */
  private static final double HALF_LN2_BOUND = 0x1.62e4300000000p-2;
  /** |x| with high word below 0x3FF0A2B2, i.e. |x| < 1.5 ln2 as fdlibm tests it. */
  private static final double THREE_HALVES_LN2_BOUND =
      0x1.0a2b200000000p0;
  private static final double TWO_M28 = 0x1.0p-28;

  private FdlibmExp() {
  }

  static double exp(double x) {
    if (x != x) {
      return x + x;
    }
    if (x > O_THRESHOLD) {
      return Double.POSITIVE_INFINITY;
    }
    if (x < U_THRESHOLD) {
      return 0;
    }
    double absX = x < 0 ? -x : x;
    double hi;
    double lo = 0;
    int k;
    if (absX >= HALF_LN2_BOUND) {
      if (absX < THREE_HALVES_LN2_BOUND) {
        if (x >= 0) {
          hi = x - LN2_HI;
          lo = LN2_LO;
          k = 1;
        } else {
          hi = x + LN2_HI;
          lo = -LN2_LO;
          k = -1;
        }
      } else {
        k = (int) (INV_LN2 * x + (x >= 0 ? 0.5 : -0.5));
        double t = k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
      }
      x = hi - lo;
    } else if (absX < TWO_M28) {
      return 1 + x;
    } else {
      hi = 0;
      k = 0;
    }
    double t = x * x;
    double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) {
      return 1 - ((x * c) / (c - 2.0) - x);
    }
    double y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021) {
      return PowersOfTwo.scale(y, k);
    }
    return PowersOfTwo.of(k + 1000) * y * TWO_M1000;
  }
}
