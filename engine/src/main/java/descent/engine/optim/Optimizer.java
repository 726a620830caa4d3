package descent.engine.optim;

/**
 * Updates parameters from their gradients. Each parameter array has a slot number (the trainer
 * uses 2l for layer l's weights and 2l + 1 for its biases) so an optimizer can keep per-parameter
 * state (velocity, moment estimates) in flat arrays of the same shape, allocated on the slot's
 * first update and reused ever after. Hyperparameter setters take effect at the next step and
 * keep that state.
 */
public interface Optimizer {
  /** Called once before the slots of one update step are visited. */
  void beginStep();

  /** Updates params[0..n) in place from grads[0..n) with learning rate alpha. */
  void update(int slot, double[] params, double[] grads, double alpha);

  /** The document id, e.g. {@code "adam"}. */
  String id();
}
