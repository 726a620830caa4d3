package descent.engine.data;

/**
 * Examples before feature mapping, scaling and target encoding: a row-major matrix of raw inputs
 * (count x dimension) and one value per example, a class index 0..classCount-1 for
 * classification or a real number for regression (classCount 0).
 */
public final class RawData {
  private final double[] inputs;
  private final int dimension;
  private final double[] values;
  private final int classCount;

  public RawData(double[] inputs, int dimension, double[] values, int classCount) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be positive (was " + dimension + ")");
    }
    if (inputs.length != values.length * dimension) {
      throw new IllegalArgumentException("inputs must hold dimension values per example");
    }
    if (classCount < 0 || classCount == 1) {
      throw new IllegalArgumentException("classCount must be 0 (regression) or at least 2 (was "
          + classCount + ")");
    }
    this.inputs = inputs;
    this.dimension = dimension;
    this.values = values;
    this.classCount = classCount;
  }

  public int size() {
    return values.length;
  }

  /** Raw inputs per example. */
  public int dimension() {
    return dimension;
  }

  /** Row-major raw inputs; example i starts at i * dimension(). */
  public double[] inputs() {
    return inputs;
  }

  /** Class index (as a double) or regression value of each example. */
  public double[] values() {
    return values;
  }

  /** Number of classes, 0 for regression. */
  public int classCount() {
    return classCount;
  }

  public boolean isClassification() {
    return classCount > 0;
  }

  /** The examples at the given indices, in that order. */
  public RawData select(int[] indices) {
    double[] selectedInputs = new double[indices.length * dimension];
    double[] selectedValues = new double[indices.length];
    for (int k = 0; k < indices.length; k++) {
      System.arraycopy(inputs, indices[k] * dimension, selectedInputs, k * dimension, dimension);
      selectedValues[k] = values[indices[k]];
    }
    return new RawData(selectedInputs, dimension, selectedValues, classCount);
  }
}
