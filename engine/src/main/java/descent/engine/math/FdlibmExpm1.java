package descent.engine.math;

/**
 * e^x - 1, a port of fdlibm 5.3's expm1 (Sun Microsystems 1993, behind {@link StrictMath#expm1}):
 * accurate near 0 where e^x - 1 would cancel (the ELU activation). Double comparisons instead of
 * fdlibm's high-word tests, exact scaling by powers of two ({@link PowersOfTwo}).
 */
final class FdlibmExpm1 {
  private static final double O_THRESHOLD = 7.09782712893383973096e+02;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;
  /** fdlibm's high-word test hx >= 0x4043687A: |x| >= 56 ln2. */
  private static final double FIFTY_SIX_LN2_BOUND = 0x1.3687a00000000p5;
  private static final double HALF_LN2_BOUND = 0x1.62e4300000000p-2;
  private static final double THREE_HALVES_LN2_BOUND =
      0x1.0a2b200000000p0;
  private static final double TWO_M54 = 0x1.0p-54;

  private FdlibmExpm1() {
  }

  static double expm1(double x) {
    if (x != x) {
      return x + x;
    }
    double absX = x < 0 ? -x : x;
    if (absX >= FIFTY_SIX_LN2_BOUND) {
      if (x == Double.POSITIVE_INFINITY || x > O_THRESHOLD) {
        return Double.POSITIVE_INFINITY;
      }
      if (x < 0) {
        return -1.0;
      }
    }
    double hi;
    double lo;
    double c = 0;
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
      c = (hi - x) - lo;
    } else if (absX < TWO_M54) {
      return x;
    } else {
      k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    // fdlibm's hxs * ((r1 - t) / (6.0 - x * t)), with the factors swapped (a * b == b * a exactly):
    // TeaVM 0.16's JavaScript backend prints a * (b / c) as a*b/c, i.e. (a * b) / c, which rounds
    // differently and made JavaScript runs drift from the JVM and WebAssembly within 10 epochs.
    double e = ((r1 - t) / (6.0 - x * t)) * hxs;
    if (k == 0) {
      return x - (x * e - hxs);
    }
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
      if (x < -0.25) {
        return -2.0 * (e - (x + 0.5));
      }
      return 1 + 2.0 * (x - e);
    }
    if (k <= -2 || k > 56) {
      double y = 1 - (e - x);
      return PowersOfTwo.scale(y, k) - 1;
    }
    double y;
    if (k < 20) {
      double t1 = 1 - PowersOfTwo.of(-k);
      y = t1 - (e - x);
    } else {
      y = x - (e + PowersOfTwo.of(-k));
      y += 1;
    }
    return PowersOfTwo.scale(y, k);
  }
}
