package descent.engine.train;

/**
 * Where a training run stands. Running and paused are the page's concern; the engine only knows
 * these. Document ids: {@code training, converged, diverged, finished}.
 */
public enum Status {
  /** Still descending. */
  TRAINING("training"),
  /** The target loss or the gradient-norm threshold was reached. */
  CONVERGED("converged"),
  /** The loss became NaN, infinite, or exploded; the weights are no longer meaningful. */
  DIVERGED("diverged"),
  /** The epoch limit was reached. */
  FINISHED("finished");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether training has stopped for good. */
  public boolean isFinal() {
    return this != TRAINING;
  }
}
