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
    return create(id, OptimizerParameters.DEFAULTS);
  }

  /** Creates the optimizer with the given hyperparameters where they apply. */
  public static Optimizer create(String id, OptimizerParameters parameters) {
    if (id == null) {
      throw new IllegalArgumentException("optimizer must not be null");
    }
    switch (id) {
      case "sgd":
        return new Sgd();
      case "momentum":
        return new Momentum(parameters.momentum);
      case "nesterov":
        return new Nesterov(parameters.momentum);
      case "adagrad":
        return new Adagrad(parameters.epsilon);
      case "rmsprop":
        return new RmsProp(parameters.rho, parameters.epsilon);
      case "adam":
        return new Adam(parameters.beta1, parameters.beta2, parameters.epsilon);
      default:
        throw new IllegalArgumentException("optimizer: unknown id '" + id
            + "' (expected sgd, momentum, nesterov, adagrad, rmsprop or adam)");
    }
  }
}
