package descent.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import descent.engine.random.SeededRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class EngineMathTest {
  private static final int SAMPLES = 100_000;

  /** Uniform samples in [-range, range] plus log-uniform magnitudes over many binades. */
  private static double sample(SeededRandom random, int i, double range) {
    if (i % 2 == 0) {
      return random.nextDouble(-range, range);
    }
    double magnitude = StrictMath.pow(2,
        random.nextDouble(-60, StrictMath.log(range) / StrictMath.log(2)));
    return random.nextDouble() < 0.5 ? -magnitude : magnitude;
  }

  private static void assertBitIdentical(String name, DoubleUnaryOperator ours,
      DoubleUnaryOperator reference, double range, long seed) {
    SeededRandom random = new SeededRandom(seed);
    for (int i = 0; i < SAMPLES; i++) {
      double x = sample(random, i, range);
      assertSameBits(name, ours, reference, x);
    }
  }

  private static void assertSameBits(String name, DoubleUnaryOperator ours,
      DoubleUnaryOperator reference, double x) {
    double expected = reference.applyAsDouble(x);
    double actual = ours.applyAsDouble(x);
    if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
      fail(name + "(" + x + ") = " + actual + " but StrictMath gives " + expected);
    }
  }

  private static final double[] SPECIAL = {
      0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
      1, -1, 0.5, 2, 22, -22, 709.782712893384, 709.79, -745.13, -745.2, -708.5, -730,
      0.34657359027997264, 1.0397207708399179, 1e-300, 0x1.0p-28, 0x1.0p-54, 0x1.0p-55,
      Math.PI / 2, Math.PI, 3 * Math.PI / 4, 0.78125, 0.3, 1e6, 38.5, 56 * 0.6931471805599453,
  };

  private static void assertSpecialValues(String name, DoubleUnaryOperator ours,
      DoubleUnaryOperator reference) {
    for (double x : SPECIAL) {
      assertSameBits(name, ours, reference, x);
      assertSameBits(name, ours, reference, Math.nextUp(x));
      assertSameBits(name, ours, reference, Math.nextDown(x));
    }
  }

  @Test
  void expm1MatchesStrictMathBitForBit() {
    assertBitIdentical("expm1", EngineMath::expm1, StrictMath::expm1, 720, 2);
    assertSpecialValues("expm1", EngineMath::expm1, StrictMath::expm1);
  }

  @Test
  void logMatchesStrictMathBitForBitOnPositiveNumbersOfEveryMagnitude() {
    SeededRandom random = new SeededRandom(4);
    for (int i = 0; i < SAMPLES; i++) {
      double x = i % 2 == 0 ? random.nextDouble(0, 4)
          : StrictMath.pow(2, random.nextDouble(-1074, 1024));
      assertSameBits("log", EngineMath::log, StrictMath::log, x);
    }
    assertSpecialValues("log", EngineMath::log, StrictMath::log);
  }

  @Test
  void sinAndCosMatchStrictMathBitForBitOnTheFeatureRange() {
    assertBitIdentical("sin", EngineMath::sin, StrictMath::sin, 1000, 5);
    assertBitIdentical("cos", EngineMath::cos, StrictMath::cos, 1000, 6);
    assertSpecialValues("sin", EngineMath::sin, StrictMath::sin);
    assertSpecialValues("cos", EngineMath::cos, StrictMath::cos);
  }

  @Test
  void log1pIsAccurateWhereOnePlusXRounds() {
    assertEquals(1e-20, EngineMath.log1p(1e-20));
    assertEquals(StrictMath.log1p(1e-10), EngineMath.log1p(1e-10), 1e-25);
    assertEquals(StrictMath.log(2), EngineMath.log1p(1), 1e-16);
  }

  @Test
  void sigmoidIsStableAtBothEnds() {
    assertEquals(0.5, EngineMath.sigmoid(0));
    assertEquals(1.0, EngineMath.sigmoid(800));
    assertEquals(0.0, EngineMath.sigmoid(-800));
    assertEquals(1 / (1 + StrictMath.exp(-2)), EngineMath.sigmoid(2), 1e-16);
  }

  @Test
  void tanhOverARangeOfAnArrayGivesTheSameBitsAsOneValueAtATimeAndLeavesTheRestAlone() {
    double[] z = new double[4001];
    for (int i = 0; i < z.length; i++) {
      z[i] = (i - 2000) * 0.01 + 0.001 * (i % 7);
    }
    double[] a = new double[z.length];
    a[0] = 5;
    a[z.length - 1] = 5;
    EngineMath.tanh(z, a, 1, z.length - 1);
    assertEquals(5, a[0]);
    assertEquals(5, a[z.length - 1]);
    for (int i = 1; i < z.length - 1; i++) {
      assertEquals(Double.doubleToRawLongBits(EngineMath.tanh(z[i])),
          Double.doubleToRawLongBits(a[i]), "tanh(" + z[i] + ")");
    }
  }
}
