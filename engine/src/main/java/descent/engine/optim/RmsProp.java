package descent.engine.optim;

/**
 * RMSProp (Tieleman and Hinton, Coursera "Neural networks for machine learning", lecture 6.5,
 * 2012): s <- rho s + (1 - rho) g^2; w <- w - alpha g / (sqrt(s) + eps), a running mean of squared
 * gradients instead of AdaGrad's ever-growing sum.
 */
public final class RmsProp implements Optimizer {
  private final SlotArrays meanSquares = new SlotArrays();
  private double rho;
  private double epsilon;

  /**
   * @param rho decay of the running mean in [0, 1), typically 0.9
   * @param epsilon guard against division by zero, typically 1e-8
   */
  public RmsProp(double rho, double epsilon) {
    setRho(rho);
    setEpsilon(epsilon);
  }

  public void setRho(double rho) {
    this.rho = Hyperparameters.fraction("rho", rho);
  }

  public void setEpsilon(double epsilon) {
    this.epsilon = Hyperparameters.positive("epsilon", epsilon);
  }

  public double rho() {
    return rho;
  }

  public double epsilon() {
    return epsilon;
  }

  @Override
  public void beginStep() {
  }

  @Override
  public void update(int slot, double[] params, double[] grads, double alpha) {
    double[] s = meanSquares.get(slot, params.length);
    for (int i = 0; i < params.length; i++) {
      double g = grads[i];
      s[i] = rho * s[i] + (1 - rho) * g * g;
      params[i] -= alpha * g / (Math.sqrt(s[i]) + epsilon);
    }
  }

  @Override
  public String id() {
    return "rmsprop";
  }
}
