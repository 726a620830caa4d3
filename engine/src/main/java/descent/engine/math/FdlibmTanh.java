package descent.engine.math;

/**
 * Hyperbolic tangent, a port of fdlibm 5.3's s_tanh.c (behind {@link StrictMath#tanh}): for
 * |x| >= 1, 1 - 2/(e^{2|x|} + 1); below, -t/(t + 2) with t = e^{-2|x|} - 1 from expm1, which
 * keeps full precision near 0; +-1 beyond 22.
 */
final class FdlibmTanh {
  private static final double TWO_M55 = 0x1.0p-55;

  private FdlibmTanh() {
  }

  static double tanh(double x) {
    if (x != x) {
      return x + x;
    }
    double absX = x < 0 ? -x : x;
    double z;
    if (absX < 22) {
      if (absX < TWO_M55) {
        return x * (1 + x);
      }
      if (absX >= 1) {
        double t = FdlibmExpm1.expm1(2 * absX);
        z = 1 - 2 / (t + 2);
      } else {
        double t = FdlibmExpm1.expm1(-2 * absX);
        z = -t / (t + 2);
      }
    } else {
      z = 1;
    }
    return x >= 0 ? z : -z;
  }
}
