package descent.engine.optim;

/**
 * Creates optimizers from their document ids with the usual defaults: {@code sgd}, {@code
 * momentum} (mu 0.9), {@code nesterov} (mu 0.9), {@code adagrad} (eps 1e-8), {@code rmsprop}
 * (rho 0.9, eps 1e-8), {@code adam} (b1 0.9, b2 0.999, eps 1e-8).
 */
public final class Optimizers {
  private Optimizers() {
  }

  public static Optimizer create(String id) {
    if (id == null) {
      throw new IllegalArgumentException("optimizer must not be null");
    }
    switch (id) {
      case "sgd":
        return new Sgd();
      case "momentum":
        return new Momentum(0.9);
      case "nesterov":
        return new Nesterov(0.9);
      case "adagrad":
        return new Adagrad(1e-8);
      case "rmsprop":
        return new RmsProp(0.9, 1e-8);
      case "adam":
        return new Adam();
      default:
        throw new IllegalArgumentException("optimizer: unknown id '" + id
            + "' (expected sgd, momentum, nesterov, adagrad, rmsprop or adam)");
    }
  }
}
