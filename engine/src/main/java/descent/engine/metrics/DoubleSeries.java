package descent.engine.metrics;

/** A growable array of doubles (amortised doubling, no boxing): one history column. */
public final class DoubleSeries {
  private double[] values = new double[256];
  private int size;

  public void add(double value) {
    if (size == values.length) {
      double[] grown = new double[2 * values.length];
      System.arraycopy(values, 0, grown, 0, size);
      values = grown;
    }
    values[size++] = value;
  }

  public int size() {
    return size;
  }

  public double get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " outside [0, " + size + ")");
    }
    return values[index];
  }

  /** The last value added, NaN when empty. */
  public double last() {
    return size == 0 ? Double.NaN : values[size - 1];
  }

  /** Copies values[from, size) into out starting at 0; returns the number copied. */
  public int copyFrom(int from, double[] out) {
    int count = Math.max(0, Math.min(size - from, out.length));
    System.arraycopy(values, from, out, 0, count);
    return count;
  }

  /** A copy of all values. */
  public double[] toArray() {
    double[] copy = new double[size];
    System.arraycopy(values, 0, copy, 0, size);
    return copy;
  }
}
