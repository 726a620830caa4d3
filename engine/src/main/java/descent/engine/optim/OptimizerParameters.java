package descent.engine.optim;

/**
 * Optional hyperparameters for {@link Optimizers#create(String, OptimizerParameters)}; a value
 * left unset keeps the paper's default. Only the ones the chosen optimizer uses are read.
 */
public final class OptimizerParameters {
  /** No overrides: every optimizer with its paper's defaults. */
  public static final OptimizerParameters DEFAULTS = new OptimizerParameters();

  double momentum = 0.9;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  double rho = 0.9;

  /** Momentum coefficient mu for momentum and nesterov, in [0, 1). */
  public OptimizerParameters momentum(double value) {
    OptimizerParameters copy = copy();
    copy.momentum = Hyperparameters.fraction("momentum", value);
    return copy;
  }

  /** Adam's first-moment decay, in [0, 1). */
  public OptimizerParameters beta1(double value) {
    OptimizerParameters copy = copy();
    copy.beta1 = Hyperparameters.fraction("beta1", value);
    return copy;
  }

  /** Adam's second-moment decay, in [0, 1). */
  public OptimizerParameters beta2(double value) {
    OptimizerParameters copy = copy();
    copy.beta2 = Hyperparameters.fraction("beta2", value);
    return copy;
  }

  /** The small constant that keeps adaptive steps finite, > 0. */
  public OptimizerParameters epsilon(double value) {
    OptimizerParameters copy = copy();
    copy.epsilon = Hyperparameters.positive("epsilon", value);
    return copy;
  }

  /** RMSProp's decay of the squared-gradient average, in [0, 1). */
  public OptimizerParameters rho(double value) {
    OptimizerParameters copy = copy();
    copy.rho = Hyperparameters.fraction("rho", value);
    return copy;
  }

  private OptimizerParameters copy() {
    OptimizerParameters copy = new OptimizerParameters();
    copy.momentum = momentum;
    copy.beta1 = beta1;
    copy.beta2 = beta2;
    copy.epsilon = epsilon;
    copy.rho = rho;
    return copy;
  }
}
