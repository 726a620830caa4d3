package descent.engine.math;

/**
 * Sine and cosine, ports of fdlibm 5.3's s_sin.c, s_cos.c, k_sin.c, k_cos.c and the small and
 * medium cases of e_rem_pio2.c (behind {@link StrictMath#sin} and {@link StrictMath#cos}). They
 * serve the sin(x1) input features, the data generators and the cosine schedule, none of which is
 * in the per-example hot path, so reading bit patterns here is fine. Arguments beyond 2^19 pi/2
 * (about 823,550) need fdlibm's multi-precision reduction, which is not ported: there we defer to
 * StrictMath, whose browser versions may differ in the last bit.
 */
final class FdlibmTrig {
  private static final double S1 = -1.66666666666666324348e-01;
  private static final double S2 = 8.33333333332248946124e-03;
  private static final double S3 = -1.98412698298579493134e-04;
  private static final double S4 = 2.75573137070700676789e-06;
  private static final double S5 = -2.50507602534068634195e-08;
  private static final double S6 = 1.58969099521155010221e-10;
  private static final double C1 = 4.16666666666666019037e-02;
  private static final double C2 = -1.38888888888741095749e-03;
  private static final double C3 = 2.48015872894767294178e-05;
  private static final double C4 = -2.75573143513906633035e-07;
  private static final double C5 = 2.08757232129817482790e-09;
  private static final double C6 = -1.13596475577881948265e-11;
  private static final double INV_PIO2 = 6.36619772367581382433e-01;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_1T = 6.07710050650619224932e-11;
  private static final double PIO2_2 = 6.07710050630396597660e-11;
  private static final double PIO2_2T = 2.02226624879595063154e-21;
  private static final double PIO2_3 = 2.02226624871116645580e-21;
  private static final double PIO2_3T = 8.47842766036889956997e-32;
  /** High words of n pi/2 for n = 1..32, where the quick reduction could cancel. */
  private static final int[] NPIO2_HW = {
      0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
      0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
      0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
      0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
      0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
      0x404858EB, 0x404921FB,
  };

  private FdlibmTrig() {
  }

  private static int highWord(double x) {
    return (int) (Double.doubleToRawLongBits(x) >> 32);
  }

  static double sin(double x) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelSin(x, 0, false);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    if (ix > 0x413921fb) {
      return StrictMath.sin(x);
    }
    return reduced(x, 0);
  }

  static double cos(double x) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelCos(x, 0);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    if (ix > 0x413921fb) {
      return StrictMath.cos(x);
    }
    return reduced(x, 1);
  }

  /**
   * sin(x + quarterTurns pi/2) for pi/4 < |x| <= 2^19 pi/2: fdlibm's __ieee754_rem_pio2 writes
   * x = n pi/2 + (y0 + y1), then the quadrant (n + quarterTurns) mod 4 picks the kernel. Inlined
   * so that y0 and y1 stay locals (no array per call).
   */
  private static double reduced(double x, int quarterTurns) {
    int hx = highWord(x);
    int ix = hx & 0x7fffffff;
    double y0;
    double y1;
    int n;
    if (ix < 0x4002d97c) {
      if (hx > 0) {
        double z = x - PIO2_1;
        if (ix != 0x3ff921fb) {
          y0 = z - PIO2_1T;
          y1 = (z - y0) - PIO2_1T;
        } else {
          z -= PIO2_2;
          y0 = z - PIO2_2T;
          y1 = (z - y0) - PIO2_2T;
        }
        n = 1;
      } else {
        double z = x + PIO2_1;
        if (ix != 0x3ff921fb) {
          y0 = z + PIO2_1T;
          y1 = (z - y0) + PIO2_1T;
        } else {
          z += PIO2_2;
          y0 = z + PIO2_2T;
          y1 = (z - y0) + PIO2_2T;
        }
        n = -1;
      }
    } else {
      double t = Math.abs(x);
      n = (int) (t * INV_PIO2 + 0.5);
      double fn = n;
      double r = t - fn * PIO2_1;
      double w = fn * PIO2_1T;
      if (n < 32 && ix != NPIO2_HW[n - 1]) {
        y0 = r - w;
      } else {
        int j = ix >> 20;
        y0 = r - w;
        int i = j - ((highWord(y0) >> 20) & 0x7ff);
        if (i > 16) {
          t = r;
          w = fn * PIO2_2;
          r = t - w;
          w = fn * PIO2_2T - ((t - r) - w);
          y0 = r - w;
          i = j - ((highWord(y0) >> 20) & 0x7ff);
          if (i > 49) {
            t = r;
            w = fn * PIO2_3;
            r = t - w;
            w = fn * PIO2_3T - ((t - r) - w);
            y0 = r - w;
          }
        }
      }
      y1 = (r - y0) - w;
      if (hx < 0) {
        y0 = -y0;
        y1 = -y1;
        n = -n;
      }
    }
    switch ((n + quarterTurns) & 3) {
      case 0:
        return kernelSin(y0, y1, true);
      case 1:
        return kernelCos(y0, y1);
      case 2:
        return -kernelSin(y0, y1, true);
      default:
        return -kernelCos(y0, y1);
    }
  }

  private static double kernelSin(double x, double y, boolean hasTail) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
      return x;
    }
    double z = x * x;
    double v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if (!hasTail) {
      return x + v * (S1 + z * r);
    }
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
  }

  private static double kernelCos(double x, double y) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
      return 1;
    }
    double z = x * x;
    double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3FD33333) {
      return 1 - (0.5 * z - (z * r - x * y));
    }
    double qx;
    if (ix > 0x3fe90000) {
      qx = 0.28125;
    } else {
      qx = Double.longBitsToDouble(((long) (ix - 0x00200000)) << 32);
    }
    double hz = 0.5 * z - qx;
    double a = 1 - qx;
    return a - (hz - (z * r - x * y));
  }
}
