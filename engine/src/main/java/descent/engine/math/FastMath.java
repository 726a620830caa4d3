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

  /** 2^(j/64) for j in [0, 64) as head (index 2j, the double nearest) and tail (2j + 1). */
  private static final double[] TWO_TO_J_64 = {
      0x1.0000000000000p+0, 0x0.0p+0,
      0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56,
      0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55,
      0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57,
      0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54,
      0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59,
      0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54,
      0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54,
      0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55,
      0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55,
      0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54,
      0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55,
      0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54,
      0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55,
      0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55,
      0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54,
      0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55,
      0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54,
      0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54,
      0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56,
      0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55,
      0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58,
      0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59,
      0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56,
      0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56,
      0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54,
      0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55,
      0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54,
      0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54,
      0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54,
      0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54,
      0x1.6623882552225p+0, -0x1.bb60987591c34p-54,
      0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54,
      0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57,
      0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55,
      0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54,
      0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55,
      0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56,
      0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54,
      0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54,
      0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54,
      0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55,
      0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57,
      0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54,
      0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56,
      0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54,
      0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54,
      0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54,
      0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54,
      0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57,
      0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56,
      0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55,
      0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55,
      0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54,
      0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56,
      0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54,
      0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55,
      0x1.da9e603db3285p+0, 0x1.c2300696db532p-54,
      0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54,
      0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55,
      0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54,
      0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54,
      0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54,
      0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55
  };

  private FastMath() {
  }

  /** e^x within 1 ulp; +Infinity above 709.78, 0 below -745.13, NaN for NaN. */
  static double exp(double x) {
    if (!(x <= EXP_OVERFLOW)) {
      return x > 0 ? Double.POSITIVE_INFINITY : x; // or NaN
    }
    if (x < EXP_UNDERFLOW) {
      return 0;
    }
    double kd = (x * INV_LN2_64 + ROUND_SHIFT) - ROUND_SHIFT;
    int k = (int) kd;
    double r = (x - kd * LN2_64_HI) - kd * LN2_64_LO;
    double y = expTable(k & 63, r);
    int m = k >> 6;
    if (m >= -1021) {
      return PowersOfTwo.scale(y, m);
    }
    // Subnormal result: an exact scaling into the normal range, then one rounding.
    return y * PowersOfTwo.of(m + 54) * TWO_M54;
  }

  /** 2^(j/64) e^r for |r| <= ln2/128 (a little more is harmless), in [0.99, 2]. */
  private static double expTable(int j, double r) {
    double p = r + r * r * (EXP_A2 + r * (EXP_A3 + r * (EXP_A4 + r * EXP_A5)));
    double head = TWO_TO_J_64[2 * j];
    double tail = TWO_TO_J_64[2 * j + 1];
    return (tail + head * p) + head;
  }

  /** tanh(x) within 2 ulp; odd (the sign of zero is kept), +-1 beyond 19.06, NaN for NaN. */
  static double tanh(double x) {
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
      double e = expTable(k & 63, r) * PowersOfTwo.of(k >> 6);
      z = 1 - 2 / (e + 1);
    } else if (absX >= TANH_SATURATION) {
      z = 1;
    } else {
      return x + x; // NaN
    }
    return x < 0 ? -z : z;
  }
}
