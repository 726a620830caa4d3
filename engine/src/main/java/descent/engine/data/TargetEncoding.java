package descent.engine.data;

import descent.engine.nn.Activation;

/**
 * How labels become target vectors for a chosen output layer. Classes are stored as indices;
 * the targets depend on the output:
 * <ul>
 *   <li>regression: one output unit, target = the value;
 *   <li>two classes, one output unit: sigmoid targets 0/1, tanh and linear targets -1/+1
 *       (TensorFlow Playground's convention); the class is output &gt; threshold (0.5 or 0);
 *   <li>k classes, k output units: one-hot, with -1 instead of 0 for tanh; the class is the
 *       largest output.
 * </ul>
 */
public final class TargetEncoding {
  private final int classCount;
  private final int outputSize;
  private final double low;
  private final double high;

  private TargetEncoding(int classCount, int outputSize, double low, double high) {
    this.classCount = classCount;
    this.outputSize = outputSize;
    this.low = low;
    this.high = high;
  }

  /** The encoding for data with classCount classes (0: regression) and the given output layer. */
  public static TargetEncoding forOutput(int classCount, Activation output, int outputSize) {
    if (classCount == 0) {
      if (outputSize != 1) {
        throw new IllegalArgumentException("outputSize: regression needs 1 output unit (was "
            + outputSize + ")");
      }
      return new TargetEncoding(0, 1, 0, 0);
    }
    double high = 1;
    double low = output == Activation.TANH || output == Activation.LINEAR && outputSize == 1
        ? -1 : 0;
    if (outputSize == 1) {
      if (classCount != 2) {
        throw new IllegalArgumentException("outputSize: one output unit can only separate 2"
            + " classes, this data has " + classCount + " (use " + classCount + " units)");
      }
      if (output == Activation.SOFTMAX) {
        throw new IllegalArgumentException("outputSize: softmax needs one unit per class (2)");
      }
      return new TargetEncoding(classCount, 1, low, high);
    }
    if (outputSize != classCount) {
      throw new IllegalArgumentException("outputSize: " + classCount + " classes need "
          + classCount + " output units (or 1 for two classes), not " + outputSize);
    }
    return new TargetEncoding(classCount, outputSize, low, high);
  }

  public int outputSize() {
    return outputSize;
  }

  public int classCount() {
    return classCount;
  }

  /** Builds the targets of every example. */
  public double[] encode(RawData data) {
    double[] targets = new double[data.size() * outputSize];
    double[] values = data.values();
    for (int i = 0; i < data.size(); i++) {
      int offset = i * outputSize;
      if (classCount == 0) {
        targets[offset] = values[i];
      } else if (outputSize == 1) {
        targets[offset] = values[i] == 1 ? high : low;
      } else {
        for (int k = 0; k < outputSize; k++) {
          targets[offset + k] = k == (int) values[i] ? high : low;
        }
      }
    }
    return targets;
  }

  /** The class an output vector predicts (classification only). */
  public int predictedClass(double[] output, int offset) {
    if (outputSize == 1) {
      return output[offset] > (low + high) / 2 ? 1 : 0;
    }
    int best = 0;
    for (int k = 1; k < outputSize; k++) {
      if (output[offset + k] > output[offset + best]) {
        best = k;
      }
    }
    return best;
  }
}
