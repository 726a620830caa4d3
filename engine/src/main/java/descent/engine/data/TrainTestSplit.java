package descent.engine.data;

import descent.engine.random.SeededRandom;

/**
 * A deterministic, seeded train/test split. Classification data is split per class (stratified):
 * each class's examples are shuffled and round(trainFraction x class size) go to training, so both
 * parts keep the class proportions. Regression data is shuffled as a whole and the first
 * floor(trainFraction x size) examples train. Within each part, examples stay shuffled.
 */
public final class TrainTestSplit {
  private final RawData train;
  private final RawData test;

  private TrainTestSplit(RawData train, RawData test) {
    this.train = train;
    this.test = test;
  }

  public RawData train() {
    return train;
  }

  public RawData test() {
    return test;
  }

  /**
   * @param trainFraction fraction of examples for training, in (0, 1]; 1 leaves the test set
   *     empty
   */
  public static TrainTestSplit of(RawData data, double trainFraction, SeededRandom random) {
    if (!(trainFraction > 0 && trainFraction <= 1)) {
      throw new IllegalArgumentException("trainFraction must be in (0, 1] (was " + trainFraction
          + ")");
    }
    int n = data.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    random.shuffle(order);
    int[] trainIndices;
    int[] testIndices;
    if (data.isClassification()) {
      int k = data.classCount();
      int[] classSizes = new int[k];
      for (int i = 0; i < n; i++) {
        classSizes[(int) data.values()[i]]++;
      }
      int[] trainQuota = new int[k];
      int trainCount = 0;
      for (int c = 0; c < k; c++) {
        trainQuota[c] = (int) Math.floor(classSizes[c] * trainFraction + 0.5);
        trainCount += trainQuota[c];
      }
      trainIndices = new int[trainCount];
      testIndices = new int[n - trainCount];
      int[] taken = new int[k];
      int trainNext = 0;
      int testNext = 0;
      for (int i = 0; i < n; i++) {
        int example = order[i];
        int c = (int) data.values()[example];
        if (taken[c] < trainQuota[c]) {
          taken[c]++;
          trainIndices[trainNext++] = example;
        } else {
          testIndices[testNext++] = example;
        }
      }
    } else {
      int trainCount = (int) Math.floor(n * trainFraction);
      trainIndices = new int[trainCount];
      testIndices = new int[n - trainCount];
      System.arraycopy(order, 0, trainIndices, 0, trainCount);
      System.arraycopy(order, trainCount, testIndices, 0, n - trainCount);
    }
    return new TrainTestSplit(data.select(trainIndices), data.select(testIndices));
  }
}
