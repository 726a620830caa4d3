package descent.engine.optim;

/**
 * Adam (Kingma and Ba, "Adam: a method for stochastic optimization", ICLR 2015, Algorithm 1):
 * m <- b1 m + (1 - b1) g; v <- b2 v + (1 - b2) g^2; m^ = m / (1 - b1^t); v^ = v / (1 - b2^t);
 * w <- w - alpha m^ / (sqrt(v^) + eps), with t the step count starting at 1.
 *
 * <p>b1^t and b2^t are kept as running products (one multiplication per step) rather than
 * Math.pow, which is not bit-identical across platforms. After a change of b1 or b2 the products
 * continue with the new factor, so the bias correction adapts smoothly instead of restarting.
 */
public final class Adam implements Optimizer {
  private final SlotArrays firstMoments = new SlotArrays();
  private final SlotArrays secondMoments = new SlotArrays();
  private double beta1;
  private double beta2;
  private double epsilon;
  private double beta1Power = 1;
  private double beta2Power = 1;
  private double firstCorrection;
  private double secondCorrection;

  /** Adam with the paper's defaults b1 = 0.9, b2 = 0.999, eps = 1e-8. */
  public Adam() {
    this(0.9, 0.999, 1e-8);
  }

  public Adam(double beta1, double beta2, double epsilon) {
    setBeta1(beta1);
    setBeta2(beta2);
    setEpsilon(epsilon);
  }

  public void setBeta1(double beta1) {
    this.beta1 = Hyperparameters.fraction("beta1", beta1);
  }

  public void setBeta2(double beta2) {
    this.beta2 = Hyperparameters.fraction("beta2", beta2);
  }

  public void setEpsilon(double epsilon) {
    this.epsilon = Hyperparameters.positive("epsilon", epsilon);
  }

  public double beta1() {
    return beta1;
  }

  public double beta2() {
    return beta2;
  }

  public double epsilon() {
    return epsilon;
  }

  @Override
  public void beginStep() {
    beta1Power *= beta1;
    beta2Power *= beta2;
    firstCorrection = 1 / (1 - beta1Power);
    secondCorrection = 1 / (1 - beta2Power);
  }

  @Override
  public void update(int slot, double[] params, double[] grads, double alpha) {
    double[] m = firstMoments.get(slot, params.length);
    double[] v = secondMoments.get(slot, params.length);
    for (int i = 0; i < params.length; i++) {
      double g = grads[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      double mHat = m[i] * firstCorrection;
      double vHat = v[i] * secondCorrection;
      params[i] -= alpha * mHat / (Math.sqrt(vHat) + epsilon);
    }
  }

  @Override
  public String id() {
    return "adam";
  }
}
