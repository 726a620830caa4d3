package descent.engine.random;

import descent.engine.math.EngineMath;

/**
 * The engine's only source of randomness: xoshiro256** (Blackman and Vigna, "Scrambled linear
 * pseudorandom number generators", 2018), seeded through SplitMix64 (Steele, Lea and Flood 2014).
 *
 * <p>We do not use {@code java.util.Random}: TeaVM's version draws different numbers from the JVM's,
 * and a shared link must replay the same run on the JVM and in both browser backends. Everything
 * here is 64-bit integer arithmetic, which is exact on every platform.
 */
public final class SeededRandom {
  private long s0;
  private long s1;
  private long s2;
  private long s3;
  private double spareGaussian;
  private boolean hasSpareGaussian;

  /** @param seed any value; equal seeds give equal sequences on every platform */
  public SeededRandom(long seed) {
    long x = seed;
    x += 0x9E3779B97F4A7C15L;
    s0 = mix(x);
    x += 0x9E3779B97F4A7C15L;
    s1 = mix(x);
    x += 0x9E3779B97F4A7C15L;
    s2 = mix(x);
    x += 0x9E3779B97F4A7C15L;
    s3 = mix(x);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Uniform in [0, 1), with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [low, high). */
  public double nextDouble(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  /**
   * Uniform integer in [0, bound), without modulo bias (Lemire's rejection on the top 31 bits).
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive (was " + bound + ")");
    }
    long limit = (1L << 31) - ((1L << 31) % bound);
    while (true) {
      long r = nextLong() >>> 33;
      if (r < limit) {
        return (int) (r % bound);
      }
    }
  }

  /**
   * Standard normal deviate by the Marsaglia polar method (Marsaglia and Bray 1964), which needs
   * only sqrt (correctly rounded everywhere) and our deterministic fdlibm log.
   */
  public double nextGaussian() {
    if (hasSpareGaussian) {
      hasSpareGaussian = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double factor = Math.sqrt(-2 * EngineMath.log(s) / s);
    spareGaussian = v * factor;
    hasSpareGaussian = true;
    return u * factor;
  }

  /** Fisher–Yates shuffle of the whole array (Durstenfeld 1964). */
  public void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int tmp = values[i];
      values[i] = values[j];
      values[j] = tmp;
    }
  }
}
