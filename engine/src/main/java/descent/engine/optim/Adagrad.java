package descent.engine.optim;

/**
 * AdaGrad (Duchi, Hazan and Singer, "Adaptive subgradient methods for online learning and
 * stochastic optimization", 2011): G <- G + g^2; w <- w - alpha g / (sqrt(G) + eps). Each
 * parameter's step shrinks with its accumulated squared gradient.
 */
public final class Adagrad implements Optimizer {
  private final SlotArrays squares = new SlotArrays();
  private double epsilon;

  /** @param epsilon guard against division by zero, typically 1e-8 */
  public Adagrad(double epsilon) {
    setEpsilon(epsilon);
  }

  public void setEpsilon(double epsilon) {
    this.epsilon = Hyperparameters.positive("epsilon", epsilon);
  }

  public double epsilon() {
    return epsilon;
  }

  @Override
  public void beginStep() {
  }

  @Override
  public void update(int slot, double[] params, double[] grads, double alpha) {
    double[] sum = squares.get(slot, params.length);
    for (int i = 0; i < params.length; i++) {
      double g = grads[i];
      sum[i] += g * g;
      params[i] -= alpha * g / (Math.sqrt(sum[i]) + epsilon);
    }
  }

  @Override
  public String id() {
    return "adagrad";
  }
}
