package descent.engine.train;

import descent.engine.math.EngineMath;

/**
 * The learning-rate schedules, each a pure function of (alpha0, epoch) so that a schedule can be
 * changed mid-training and the rate simply follows the new curve from the current epoch.
 * Everything is computed with deterministic arithmetic (no Math.pow or Math.cos).
 */
public final class LearningRateSchedules {
  private LearningRateSchedules() {
  }

  /** alpha = alpha0. */
  public static LearningRateSchedule constant() {
    return new LearningRateSchedule() {
      @Override
      public double rate(double baseRate, int epoch) {
        return baseRate;
      }

      @Override
      public String id() {
        return "constant";
      }
    };
  }

  /** Step decay: alpha = alpha0 gamma^floor(epoch / every). */
  public static LearningRateSchedule stepDecay(int every, double gamma) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1 epoch (was " + every + ")");
    }
    requireFactor(gamma);
    return new LearningRateSchedule() {
      @Override
      public double rate(double baseRate, int epoch) {
        return baseRate * EngineMath.powInt(gamma, epoch / every);
      }

      @Override
      public String id() {
        return "step";
      }
    };
  }

  /** Exponential decay: alpha = alpha0 gamma^epoch. */
  public static LearningRateSchedule exponential(double gamma) {
    requireFactor(gamma);
    return new LearningRateSchedule() {
      @Override
      public double rate(double baseRate, int epoch) {
        return baseRate * EngineMath.powInt(gamma, epoch);
      }

      @Override
      public String id() {
        return "exponential";
      }
    };
  }

  /**
   * Cosine annealing with warm restarts (Loshchilov and Hutter, "SGDR: stochastic gradient
   * descent with warm restarts", ICLR 2017): alpha = min + (alpha0 - min)(1 + cos(pi t / period))
   * / 2 with t = epoch mod period, falling from alpha0 to min over each period.
   */
  public static LearningRateSchedule cosine(double minRate, int period) {
    requireRate("minRate", minRate);
    requirePeriod(period);
    return new LearningRateSchedule() {
      @Override
      public double rate(double baseRate, int epoch) {
        double phase = Math.PI * (epoch % period) / period;
        return minRate + (baseRate - minRate) * (1 + EngineMath.cos(phase)) / 2;
      }

      @Override
      public String id() {
        return "cosine";
      }
    };
  }

  /**
   * Triangular cyclical learning rate (Smith, "Cyclical learning rates for training neural
   * networks", WACV 2017): linear from min up to alpha0 over halfPeriod epochs and back down.
   */
  public static LearningRateSchedule cyclical(double minRate, int halfPeriod) {
    requireRate("minRate", minRate);
    requirePeriod(halfPeriod);
    return new LearningRateSchedule() {
      @Override
      public double rate(double baseRate, int epoch) {
        int cycle = epoch / (2 * halfPeriod);
        double x = Math.abs((double) epoch / halfPeriod - 2 * cycle - 1);
        return minRate + (baseRate - minRate) * Math.max(0, 1 - x);
      }

      @Override
      public String id() {
        return "cyclical";
      }
    };
  }

  private static void requireFactor(double gamma) {
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in (0, 1] (was " + gamma + ")");
    }
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0 (was " + rate
          + ")");
    }
  }

  private static void requirePeriod(int period) {
    if (period < 1) {
      throw new IllegalArgumentException("period must be at least 1 epoch (was " + period + ")");
    }
  }
}
