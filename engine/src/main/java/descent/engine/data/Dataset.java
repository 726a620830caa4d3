package descent.engine.data;

/**
 * Examples as two flat row-major matrices: inputs (count x inputSize) and targets
 * (count x targetSize). Class labels are stored one-hot in the targets.
 */
public final class Dataset {
  private final double[] inputs;
  private final double[] targets;
  private final int inputSize;
  private final int targetSize;

  public Dataset(double[] inputs, int inputSize, double[] targets, int targetSize) {
    if (inputSize < 1 || targetSize < 1) {
      throw new IllegalArgumentException("inputSize and targetSize must be positive");
    }
    if (inputs.length % inputSize != 0 || targets.length % targetSize != 0
        || inputs.length / inputSize != targets.length / targetSize) {
      throw new IllegalArgumentException("inputs and targets must hold the same number of rows");
    }
    this.inputs = inputs;
    this.targets = targets;
    this.inputSize = inputSize;
    this.targetSize = targetSize;
  }

  public int size() {
    return inputs.length / inputSize;
  }

  public int inputSize() {
    return inputSize;
  }

  public int targetSize() {
    return targetSize;
  }

  /** Row-major inputs; example i starts at i * inputSize(). */
  public double[] inputs() {
    return inputs;
  }

  /** Row-major targets; example i starts at i * targetSize(). */
  public double[] targets() {
    return targets;
  }
}
