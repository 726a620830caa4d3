package descent.engine.train;

/**
 * Decides that a run has diverged, so that it stops with status diverged instead of producing
 * garbage or looping forever. Diverged means, for the training loss of an epoch: NaN or infinite;
 * above 1e12; above 1e6 times the initial loss; or above 1.5 times the initial loss for 10
 * epochs in a row. The last rule catches runs whose loss is bounded (tanh or sigmoid outputs with
 * mse): a too-large step saturates every unit, the gradient vanishes and the loss sits at its
 * maximum (about twice the initial loss) without ever becoming NaN.
 */
public final class DivergenceDetector {
  /** A loss above this is divergence whatever the initial loss. */
  public static final double ABSOLUTE_LOSS_LIMIT = 1e12;
  /** A loss above this multiple of the initial loss is divergence. */
  public static final double LOSS_GROWTH_LIMIT = 1e6;
  /** A loss above this multiple of the initial loss ... */
  public static final double SUSTAINED_GROWTH = 1.5;
  /** ... for this many consecutive epochs is divergence. */
  public static final int SUSTAINED_EPOCHS = 10;

  private final double initialLoss;
  private int epochsAbove;

  public DivergenceDetector(double initialLoss) {
    this.initialLoss = initialLoss;
  }

  /** Whether a single loss value is beyond any hope: NaN, infinite or exploded. */
  public boolean isExploded(double loss) {
    return loss != loss || loss > ABSOLUTE_LOSS_LIMIT
        || initialLoss > 0 && loss > LOSS_GROWTH_LIMIT * initialLoss;
  }

  /** Feeds one epoch's training loss; returns whether the run has diverged. */
  public boolean observe(double loss) {
    if (isExploded(loss)) {
      return true;
    }
    epochsAbove = loss > SUSTAINED_GROWTH * initialLoss ? epochsAbove + 1 : 0;
    return epochsAbove >= SUSTAINED_EPOCHS;
  }
}
