package descent.engine.metrics;

/**
 * One row per recorded epoch (epoch 0 is the state before training), in columns of equal length.
 * trainLoss is the trainer's epoch loss (row 0: the exact initial loss); testLoss and
 * testAccuracy come from a pass over the test set after the epoch; gradientNorm is the last
 * step's gradient norm. NaN marks "not applicable" only: testLoss without a test set,
 * testAccuracy for regression, gradientNorm in row 0. A diverged epoch is not recorded.
 */
public final class History {
  private final DoubleSeries epochs = new DoubleSeries();
  private final DoubleSeries learningRates = new DoubleSeries();
  private final DoubleSeries trainLosses = new DoubleSeries();
  private final DoubleSeries testLosses = new DoubleSeries();
  private final DoubleSeries testAccuracies = new DoubleSeries();
  private final DoubleSeries gradientNorms = new DoubleSeries();

  public void record(int epoch, double learningRate, double trainLoss, double testLoss,
      double testAccuracy, double gradientNorm) {
    epochs.add(epoch);
    learningRates.add(learningRate);
    trainLosses.add(trainLoss);
    testLosses.add(testLoss);
    testAccuracies.add(testAccuracy);
    gradientNorms.add(gradientNorm);
  }

  public int size() {
    return epochs.size();
  }

  public DoubleSeries epochs() {
    return epochs;
  }

  public DoubleSeries learningRates() {
    return learningRates;
  }

  public DoubleSeries trainLosses() {
    return trainLosses;
  }

  public DoubleSeries testLosses() {
    return testLosses;
  }

  public DoubleSeries testAccuracies() {
    return testAccuracies;
  }

  public DoubleSeries gradientNorms() {
    return gradientNorms;
  }
}
