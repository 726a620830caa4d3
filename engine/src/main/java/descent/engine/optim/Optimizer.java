package descent.engine.optim;

/**
 * Updates parameters from their gradients. Each parameter array has a slot number so an optimizer
 * can keep per-parameter state (velocity, moment estimates) in arrays of the same shape.
 */
public interface Optimizer {
  /** Called once before the slots of one update step are visited. */
  void beginStep();

  /** Updates params[0..n) in place from grads[0..n) with learning rate alpha. */
  void update(int slot, double[] params, double[] grads, double alpha);
}
