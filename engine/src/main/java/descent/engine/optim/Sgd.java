package descent.engine.optim;

/**
 * Plain gradient descent, w <- w - alpha dJ/dw (Cauchy 1847; stochastic form: Robbins and Monro,
 * "A stochastic approximation method", 1951). Stateless.
 */
public final class Sgd implements Optimizer {
  @Override
  public void beginStep() {
  }

  @Override
  public void update(int slot, double[] params, double[] grads, double alpha) {
    for (int i = 0; i < params.length; i++) {
      params[i] -= alpha * grads[i];
    }
  }

  @Override
  public String id() {
    return "sgd";
  }
}
