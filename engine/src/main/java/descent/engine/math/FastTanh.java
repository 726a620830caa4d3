package descent.engine.math;

/**
 * tanh(x) built only from IEEE double + - * / and comparisons (the same bits on the JVM, in
 * WebAssembly and in JavaScript), with no branch on the value below |x| = 19.06.
 *
 * <p>tanh(x) = (E - 1) / (E + 1) with E = e^(2x), where E comes from Tang's table-driven method
 * as in {@link FastMath#exp}: 2x = k ln2/64 + r, k = 64 m + j, E = 2^m 2^(j/64) (1 + p(r)).
 * With S = 2^m T_head (exact) and C = S p + 2^m T_tail, E = S + C and
 * tanh(x) = ((S - 1) + C) / ((S + 1) + C). Near 0, S = 1 and S - 1 = 0 exactly, so E - 1 keeps its
 * relative accuracy and the quotient tends to x; for x below 0, E < 1 and neither part cancels.
 * p(r) = e^r - 1 is the Taylor polynomial of degree 6 (truncation below 2^-57 relative for
 * |r| <= ln2/128), in Estrin's form (G. Estrin, "Organization of computer systems: the fixed plus
 * variable structure computer", 1960), whose dependency chain is shorter than Horner's. Measured
 * against {@link StrictMath#tanh} over millions of arguments (FastMathTest): within 4 ulp, half an
 * ulp on average. tanh(-x) and -tanh(x) may differ in the last bit.
 *
 * <p>Why no branch: the signs and sizes of a layer's pre-activations are effectively random, so a
 * branch on the sign or on |x| (the previous version took an odd polynomial below 0.55)
 * mispredicted on a large share of values (in Chromium's WebAssembly a tanh took 7.0 ns over
 * shuffled arguments, 5.6 ns over the same arguments sorted). Why the constants sit in an array:
 * V8 materialises a floating-point literal afresh at each use, so the loop reads them once from
 * {@link ExpTable#TANH_CONSTANTS} into locals (3.6 % of a training epoch of the standard
 * configuration, measured). See docs/benchmarks.md.
 */
final class FastTanh {
  private FastTanh() {
  }

  /**
   * tanh(x) within 4 ulp; +-1 from |x| = 19.0615 on (tanh rounds to 1 there), the sign of zero
   * kept, NaN for NaN. It goes through the array loop, so that one copy of the arithmetic serves
   * both (this one is not hot).
   */
  static double tanh(double x) {
    double[] value = {x};
    tanh(value, value, 0, 1);
    return value[0];
  }

  /** a[i] = tanh(z[i]) for i in [from, to); a may be z. */
  static void tanh(double[] z, double[] a, int from, int to) {
    double[] table = ExpTable.TWO_TO_J_64;
    double[] powers = ExpTable.POWERS_OF_TWO;
    double[] c = ExpTable.TANH_CONSTANTS;
    double saturation = c[0];
    double inverseLn2 = c[1];
    double shift = c[2];
    double hi = c[3];
    double lo = c[4];
    double c3 = c[5];
    double c4 = c[6];
    double c5 = c[7];
    double c6 = c[8];
    for (int i = from; i < to; i++) {
      double x = z[i];
      if (!(x < saturation && x > -saturation && x != 0)) {
        a[i] = saturatedOrZero(x);
        continue;
      }
      // k = round(2x 64/ln2): x times 128/ln2 rounds like (x + x) times 64/ln2 (doubling is
      // exact); r = 2x - k ln2/64.
      double kd = (x * inverseLn2 + shift) - shift;
      int k = (int) kd;
      double r = ((x + x) - kd * hi) - kd * lo;
      double r2 = r * r;
      double p = (r + r2 * (0.5 + r * c3)) + (r2 * r2) * ((c4 + r * c5) + r2 * c6);
      int j = 2 * (k & 63);
      double scale = powers[(k >> 6) + ExpTable.POWERS_OF_TWO_ZERO];
      double s = scale * table[j];
      double rest = s * p + scale * table[j + 1];
      // Parenthesised parts first: TeaVM's JavaScript keeps this evaluation order (see FastMath).
      a[i] = ((s - 1) + rest) / ((s + 1) + rest);
    }
  }

  /** +-1 beyond the saturation bound; x + x keeps the sign of zero and NaN. */
  private static double saturatedOrZero(double x) {
    return x > 0 ? 1 : x < 0 ? -1 : x + x;
  }
}
