package descent.engine.optim;

/**
 * Nesterov accelerated gradient (Nesterov 1983) as reformulated by Sutskever, Martens, Dahl and
 * Hinton (2013) so that the gradient is taken at the current weights, with no look-ahead forward
 * pass: v <- mu v - alpha g; w <- w - mu v_prev + (1 + mu) v.
 */
public final class Nesterov implements Optimizer {
  private final SlotArrays velocity = new SlotArrays();
  private double mu;

  /** @param mu momentum coefficient in [0, 1), typically 0.9 */
  public Nesterov(double mu) {
    setMu(mu);
  }

  public void setMu(double mu) {
    this.mu = Hyperparameters.fraction("mu", mu);
  }

  public double mu() {
    return mu;
  }

  @Override
  public void beginStep() {
  }

  @Override
  public void update(int slot, double[] params, double[] grads, double alpha) {
    double[] v = velocity.get(slot, params.length);
    for (int i = 0; i < params.length; i++) {
      double previous = v[i];
      v[i] = mu * previous - alpha * grads[i];
      params[i] += -mu * previous + (1 + mu) * v[i];
    }
  }

  @Override
  public String id() {
    return "nesterov";
  }
}
