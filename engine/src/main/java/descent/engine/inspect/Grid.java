package descent.engine.inspect;

/**
 * A columns x rows raster over [xMin, xMax] x [yMin, yMax] in raw input coordinates (x1, x2).
 * Points are cell centres, listed row by row from the TOP (y near yMax) to the bottom, left to
 * right, i.e. image order: point p = row * columns + column.
 */
public final class Grid {
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final int columns;
  private final int rows;

  public Grid(double xMin, double xMax, double yMin, double yMax, int columns, int rows) {
    if (!(xMin < xMax) || !(yMin < yMax)) {
      throw new IllegalArgumentException("grid bounds must satisfy xMin < xMax and yMin < yMax");
    }
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException("columns and rows must be positive (were " + columns
          + ", " + rows + ")");
    }
    this.xMin = xMin;
    this.xMax = xMax;
    this.yMin = yMin;
    this.yMax = yMax;
    this.columns = columns;
    this.rows = rows;
  }

  /** The Playground view: 100 x 100 over [-6, 6]^2. */
  public static Grid playground() {
    return new Grid(-6, 6, -6, 6, 100, 100);
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int pointCount() {
    return columns * rows;
  }

  /** x1 of the centre of a column. */
  public double x(int column) {
    return xMin + (column + 0.5) * (xMax - xMin) / columns;
  }

  /** x2 of the centre of a row (row 0 at the top). */
  public double y(int row) {
    return yMax - (row + 0.5) * (yMax - yMin) / rows;
  }
}
