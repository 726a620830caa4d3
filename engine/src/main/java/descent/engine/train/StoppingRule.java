package descent.engine.train;

/**
 * When a run stops of its own accord. Checked after every epoch, after divergence (see
 * {@link DivergenceDetector}), in this order: target loss reached, gradient norm below epsilon
 * (the seed article's |f'| < 1e-6 criterion, on the full-batch gradient), epoch limit. A zero
 * limit, target or epsilon switches that criterion off.
 */
public final class StoppingRule {
  private final int maxEpochs;
  private final double targetLoss;
  private final double gradientEpsilon;

  /**
   * @param maxEpochs epoch limit, 0 for none
   * @param targetLoss stop once the training loss is at or below this, 0 for never
   * @param gradientEpsilon stop once the full-batch gradient norm is below this, 0 for never
   */
  public StoppingRule(int maxEpochs, double targetLoss, double gradientEpsilon) {
    if (maxEpochs < 0) {
      throw new IllegalArgumentException("maxEpochs must be 0 (no limit) or positive (was "
          + maxEpochs + ")");
    }
    if (!(targetLoss >= 0) || Double.isInfinite(targetLoss)) {
      throw new IllegalArgumentException("targetLoss must be a finite number >= 0 (was "
          + targetLoss + ")");
    }
    if (!(gradientEpsilon >= 0) || Double.isInfinite(gradientEpsilon)) {
      throw new IllegalArgumentException("gradientEpsilon must be a finite number >= 0 (was "
          + gradientEpsilon + ")");
    }
    this.maxEpochs = maxEpochs;
    this.targetLoss = targetLoss;
    this.gradientEpsilon = gradientEpsilon;
  }

  public int maxEpochs() {
    return maxEpochs;
  }

  public double targetLoss() {
    return targetLoss;
  }

  public double gradientEpsilon() {
    return gradientEpsilon;
  }

  /** Whether the gradient criterion is on (it may cost a full-batch gradient per epoch). */
  public boolean needsGradientNorm() {
    return gradientEpsilon > 0;
  }

  /**
   * The status after an epoch.
   *
   * @param epoch epochs completed
   * @param trainLoss the epoch's training loss
   * @param gradientNorm the full-batch gradient norm, or NaN when not computed
   */
  public Status check(int epoch, double trainLoss, double gradientNorm) {
    if (targetLoss > 0 && trainLoss <= targetLoss) {
      return Status.CONVERGED;
    }
    if (gradientEpsilon > 0 && gradientNorm < gradientEpsilon) {
      return Status.CONVERGED;
    }
    if (maxEpochs > 0 && epoch >= maxEpochs) {
      return Status.FINISHED;
    }
    return Status.TRAINING;
  }
}
