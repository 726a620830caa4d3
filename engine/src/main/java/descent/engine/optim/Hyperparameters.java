package descent.engine.optim;

/** Argument checks shared by the optimizers' setters. */
final class Hyperparameters {
  private Hyperparameters() {
  }

  /** Requires 0 <= value < 1, e.g. a momentum or decay rate. */
  static double fraction(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1) (was " + value + ")");
    }
    return value;
  }

  /** Requires a positive finite value, e.g. epsilon. */
  static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number (was " + value + ")");
    }
    return value;
  }
}
