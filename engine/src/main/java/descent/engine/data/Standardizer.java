package descent.engine.data;

/**
 * Z-score scaling x' = (x - mean) / sd per column, with mean and population standard deviation
 * fitted on the TRAINING inputs only and then applied unchanged to test data and grid points, so
 * nothing about the test set leaks into training. A constant column gets sd 1.
 */
public final class Standardizer {
  private final double[] means;
  private final double[] deviations;

  private Standardizer(double[] means, double[] deviations) {
    this.means = means;
    this.deviations = deviations;
  }

  /** Fits the column statistics of a row-major matrix with the given column count. */
  public static Standardizer fit(double[] rows, int columns) {
    int count = rows.length / columns;
    if (count == 0) {
      throw new IllegalArgumentException("rows must hold at least one row");
    }
    double[] means = new double[columns];
    double[] deviations = new double[columns];
    for (int i = 0; i < count; i++) {
      for (int c = 0; c < columns; c++) {
        means[c] += rows[i * columns + c];
      }
    }
    for (int c = 0; c < columns; c++) {
      means[c] /= count;
    }
    for (int i = 0; i < count; i++) {
      for (int c = 0; c < columns; c++) {
        double d = rows[i * columns + c] - means[c];
        deviations[c] += d * d;
      }
    }
    for (int c = 0; c < columns; c++) {
      double sd = Math.sqrt(deviations[c] / count);
      deviations[c] = sd > 0 ? sd : 1;
    }
    return new Standardizer(means, deviations);
  }

  public int columns() {
    return means.length;
  }

  public double mean(int column) {
    return means[column];
  }

  public double standardDeviation(int column) {
    return deviations[column];
  }

  /** Scales rows in place. */
  public void applyInPlace(double[] rows) {
    int columns = means.length;
    for (int i = 0; i < rows.length; i++) {
      int c = i % columns;
      rows[i] = (rows[i] - means[c]) / deviations[c];
    }
  }

  /** Scales one row of values in place, starting at offset. */
  public void applyToRow(double[] row, int offset) {
    for (int c = 0; c < means.length; c++) {
      row[offset + c] = (row[offset + c] - means[c]) / deviations[c];
    }
  }
}
