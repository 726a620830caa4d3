package descent.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import descent.engine.bench.LossFingerprint;
import descent.engine.random.SeededRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the fast exp and tanh against {@link StrictMath} (fdlibm, itself within 1 ulp of
 * exp and of tanh), and their exact bits pinned at hand-picked arguments. The pins
 * are the JVM's; bin/bench compares the browser builds' bits with the JVM's (the "math"
 * fingerprint), so a platform difference shows up there.
 */
class FastMathTest {
  private static final int SAMPLES = 1_000_000;

  /** |ours - reference| in units of the last place of the reference (0 when both agree). */
  private static double ulpError(double ours, double reference) {
    if (Double.doubleToRawLongBits(ours) == Double.doubleToRawLongBits(reference)) {
      return 0;
    }
    if (Double.isNaN(ours) || Double.isNaN(reference) || Double.isInfinite(ours)
        || Double.isInfinite(reference) || ours == 0 && reference == 0) {
      return Double.POSITIVE_INFINITY; // different NaN-ness, infinity or sign of zero
    }
    return Math.abs(ours - reference) / Math.ulp(reference);
  }

  private static double maxUlpError(String name, DoubleUnaryOperator ours,
      DoubleUnaryOperator reference, DoubleUnaryOperator argument, long seed, double bound) {
    SeededRandom random = new SeededRandom(seed);
    double max = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = argument.applyAsDouble(random.nextDouble());
      double error = ulpError(ours.applyAsDouble(x), reference.applyAsDouble(x));
      if (error > bound) {
        fail(name + "(" + x + ") = " + ours.applyAsDouble(x) + " but StrictMath gives "
            + reference.applyAsDouble(x));
      }
      max = Math.max(max, error);
    }
    return max;
  }

  /** Uniform in [-range, range] for even i, else +-2^e with e uniform in [-70, log2 range]. */
  private static DoubleUnaryOperator mixed(double range) {
    double top = StrictMath.log(range) / StrictMath.log(2);
    int[] counter = {0};
    return u -> {
      if (counter[0]++ % 2 == 0) {
        return (2 * u - 1) * range;
      }
      double magnitude = StrictMath.pow(2, -70 + (top + 70) * u);
      return counter[0] % 4 == 0 ? -magnitude : magnitude;
    };
  }

  @Test
  void tanhIsWithinFourUlpOfStrictMath() {
    double max = maxUlpError("tanh", EngineMath::tanh, StrictMath::tanh, mixed(25), 11, 4);
    max = Math.max(max, maxUlpError("tanh", EngineMath::tanh, StrictMath::tanh,
        u -> (2 * u - 1) * 0.05, 12, 4)); // where the quotient's parts are least accurate
    assertTrue(max <= 4, "max error " + max + " ulp");
  }

  @Test
  void tanhIsWithinHalfAnUlpOfStrictMathOnAverage() {
    SeededRandom random = new SeededRandom(15);
    double sum = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = random.nextDouble(-5, 5);
      sum += ulpError(EngineMath.tanh(x), StrictMath.tanh(x));
    }
    assertTrue(sum / SAMPLES < 0.5, "mean error " + sum / SAMPLES + " ulp");
  }

  @Test
  void expIsWithinOneUlpOfStrictMathForNormalResults() {
    SeededRandom random = new SeededRandom(13);
    double max = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = i % 2 == 0 ? random.nextDouble(-708, 709.78) : random.nextDouble(-1, 1);
      max = Math.max(max, ulpError(FastMath.exp(x, ExpTable.TWO_TO_J_64), StrictMath.exp(x)));
    }
    assertTrue(max <= 1, "max error " + max + " ulp");
  }

  @Test
  void expHandlesTheEdgesOfItsRange() {
    assertEquals(Double.POSITIVE_INFINITY, FastMath.exp(709.79, ExpTable.TWO_TO_J_64));
    assertEquals(Double.POSITIVE_INFINITY, FastMath.exp(Double.POSITIVE_INFINITY, ExpTable.TWO_TO_J_64));
    assertEquals(0.0, FastMath.exp(-745.2, ExpTable.TWO_TO_J_64));
    assertEquals(0.0, FastMath.exp(Double.NEGATIVE_INFINITY, ExpTable.TWO_TO_J_64));
    assertTrue(Double.isNaN(FastMath.exp(Double.NaN, ExpTable.TWO_TO_J_64)));
    assertEquals(1.0, FastMath.exp(0.0, ExpTable.TWO_TO_J_64));
    assertEquals(1.0, FastMath.exp(-0.0, ExpTable.TWO_TO_J_64));
    assertEquals(Double.MIN_VALUE, FastMath.exp(-745.1, ExpTable.TWO_TO_J_64));
    assertEquals(StrictMath.exp(709.78), FastMath.exp(709.78, ExpTable.TWO_TO_J_64));
    // Subnormal results: one rounding after an exact scaling, within an ulp of a subnormal.
    for (double x = -745; x < -708; x += 0.37) {
      assertTrue(Math.abs(FastMath.exp(x, ExpTable.TWO_TO_J_64) - StrictMath.exp(x)) <= Double.MIN_VALUE, "" + x);
    }
  }

  @Test
  void tanhKeepsTheSignOfZeroSaturatesAndIsAlmostOdd() {
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(EngineMath.tanh(0.0)));
    assertEquals(Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(EngineMath.tanh(-0.0)));
    assertTrue(Double.isNaN(EngineMath.tanh(Double.NaN)));
    assertEquals(1.0, EngineMath.tanh(Double.POSITIVE_INFINITY));
    assertEquals(-1.0, EngineMath.tanh(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, EngineMath.tanh(19.0615474653985));
    assertEquals(-1.0, EngineMath.tanh(-19.0615474653985));
    assertEquals(Double.MIN_VALUE, EngineMath.tanh(Double.MIN_VALUE));
    assertEquals(-Double.MIN_VALUE, EngineMath.tanh(-Double.MIN_VALUE));
    // Not odd bit for bit (tanh(-x) and tanh(x) round separately), but within a few ulp of it.
    SeededRandom random = new SeededRandom(14);
    for (int i = 0; i < 10_000; i++) {
      double x = random.nextDouble(-20, 20);
      double difference = Math.abs(EngineMath.tanh(-x) + EngineMath.tanh(x));
      assertTrue(difference <= 4 * Math.ulp(EngineMath.tanh(x)), "tanh(" + x + ")");
    }
    double[] edges = {0x1.0p-27, 0x1.62e42fefa39efp-8, 0.5, 19.0615474653985, 1e-300,
        Double.MIN_NORMAL};
    for (double edge : edges) {
      for (double x : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
        assertTrue(ulpError(EngineMath.tanh(x), StrictMath.tanh(x)) <= 4, "" + x);
        assertTrue(ulpError(EngineMath.tanh(-x), StrictMath.tanh(-x)) <= 4, "" + -x);
      }
    }
  }

  private static void assertBits(String expectedHex, double actual) {
    assertEquals(expectedHex, Double.toHexString(actual));
  }

  /** The JVM's bits, recorded when the functions were written. */
  @Test
  void fastFunctionsGiveTheirPinnedBits() {
    assertBits("0x1.0p-30", EngineMath.tanh(0x1.0p-30));
    assertBits("0x1.12e0be826d694p-30", EngineMath.tanh(1e-9));
    assertBits("0x1.983d7795f413ap-4", EngineMath.tanh(0.1));
    assertBits("-0x1.2a4dda7d914fap-2", EngineMath.tanh(-0.3));
    assertBits("0x1.00442f6419202p-1", EngineMath.tanh(0.55));
    assertBits("0x1.356fb17af2e9p-1", EngineMath.tanh(0.7));
    assertBits("0x1.85efab514f396p-1", EngineMath.tanh(1.0));
    assertBits("-0x1.f9258260a71c3p-1", EngineMath.tanh(-2.5));
    assertBits("0x1.fff419668df11p-1", EngineMath.tanh(5.0));
    assertBits("0x1.ffffffffa4e13p-1", EngineMath.tanh(12.3));
    assertBits("-0x1.fffd55599992cp-8", EngineMath.tanh(-0.0078125));
    assertBits("0x0.0000000000001p-1022", FastMath.exp(-744.5, ExpTable.TWO_TO_J_64));
    assertBits("0x0.281bdae1de569p-1022", FastMath.exp(-710.25, ExpTable.TWO_TO_J_64));
    assertBits("0x1.1b48655f37267p-29", FastMath.exp(-20.0, ExpTable.TWO_TO_J_64));
    assertBits("0x1.78b56362cef38p-2", FastMath.exp(-1.0, ExpTable.TWO_TO_J_64));
    assertBits("0x1.fe775f8c4dce8p-1", FastMath.exp(-0.003, ExpTable.TWO_TO_J_64));
    assertBits("0x1.000000006df38p0", FastMath.exp(1e-10, ExpTable.TWO_TO_J_64));
    assertBits("0x1.a61298e1e069cp0", FastMath.exp(0.5, ExpTable.TWO_TO_J_64));
    // The double nearest e (StrictMath.exp(1) is one ulp above it).
    assertBits("0x1.5bf0a8b145769p1", FastMath.exp(1.0, ExpTable.TWO_TO_J_64));
    assertBits("0x1.4394144eeec81p5", FastMath.exp(3.7, ExpTable.TWO_TO_J_64));
    assertBits("0x1.3494a9b171bf5p144", FastMath.exp(100.0, ExpTable.TWO_TO_J_64));
    assertBits("0x1.d75ae7a50ee14p1023", FastMath.exp(709.7, ExpTable.TWO_TO_J_64));
  }

  /** The bits bin/bench compares across backends, pinned here for the JVM. */
  @Test
  void mathFingerprintIsPinned() {
    String fingerprint = LossFingerprint.math();
    assertEquals(4096, fingerprint.split(",").length);
    assertEquals(-1354568908, fingerprint.hashCode());
  }
}
