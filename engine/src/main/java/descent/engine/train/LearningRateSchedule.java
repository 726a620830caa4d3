package descent.engine.train;

/**
 * The learning rate of each epoch as a function of the base rate alpha0 the learner sets and the
 * epoch number (0-based). Create one with {@link LearningRateSchedules}.
 */
public interface LearningRateSchedule {
  /** The learning rate for the given epoch. */
  double rate(double baseRate, int epoch);

  /** The document id: constant, step, exponential, cosine or cyclical. */
  String id();
}
