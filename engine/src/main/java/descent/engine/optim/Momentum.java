package descent.engine.optim;

/**
 * Heavy-ball momentum (Polyak, "Some methods of speeding up the convergence of iteration
 * methods", 1964), in the form of Sutskever, Martens, Dahl and Hinton, "On the importance of
 * initialization and momentum in deep learning", 2013: v <- mu v - alpha g; w <- w + v.
 */
public final class Momentum implements Optimizer {
  private final SlotArrays velocity = new SlotArrays();
  private double mu;

  /** @param mu momentum coefficient in [0, 1), typically 0.9 */
  public Momentum(double mu) {
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
      v[i] = mu * v[i] - alpha * grads[i];
      params[i] += v[i];
    }
  }

  @Override
  public String id() {
    return "momentum";
  }
}
