package descent.web.lab;

import descent.engine.function.run.DescentPath;
import descent.engine.function.run.DescentRunner;
import org.teavm.jso.JSExport;

/**
 * One optimizer descending one function. The page steps it a batch per animation frame and then
 * fetches only what is new since its last read ({@link #recordsFrom}, {@link #updatesFrom}), so a
 * frame costs a handful of calls into the engine however long the run gets.
 */
public final class LabRun {
  private final DescentRunner runner;
  private final String optimizerId;

  LabRun(DescentRunner runner, String optimizerId) {
    this.runner = runner;
    this.optimizerId = optimizerId;
  }

  @JSExport
  public String optimizerId() {
    return optimizerId;
  }

  /** Takes up to {@code count} steps, fewer if the run finishes; returns the steps taken so far. */
  @JSExport
  public int step(int count) {
    for (int i = 0; i < count && !runner.status().isFinished(); i++) {
      runner.step();
    }
    return runner.steps();
  }

  /** "running", "converged", "diverged", "oscillating" or "max-steps". */
  @JSExport
  public String status() {
    return runner.status().id();
  }

  /** The engine's English sentence on why the run stopped, e.g. "Converged after 69 steps: ...". */
  @JSExport
  public String explanation() {
    return runner.explanation();
  }

  @JSExport
  public int steps() {
    return runner.steps();
  }

  @JSExport
  public double value() {
    return runner.value();
  }

  @JSExport
  public double gradientNorm() {
    return runner.gradientNorm();
  }

  /** 1 or 2 coordinates per point. */
  @JSExport
  public int dimension() {
    return runner.path().dimension();
  }

  /** Recorded points: the start plus one per step. */
  @JSExport
  public int recordCount() {
    return runner.path().size();
  }

  /**
   * Points {@code first} .. recordCount() - 1, each as {@link #recordWidth()} numbers: the
   * coordinates, f there, then the gradient there (x, f, df/dx in 1-D; x, y, f, df/dx, df/dy in 2-D).
   */
  @JSExport
  public double[] recordsFrom(int first) {
    DescentPath path = runner.path();
    int dimension = path.dimension();
    int width = recordWidth();
    int start = Math.max(0, first);
    double[] records = new double[Math.max(0, path.size() - start) * width];
    for (int index = start, at = 0; index < path.size(); index++, at += width) {
      for (int axis = 0; axis < dimension; axis++) {
        records[at + axis] = path.coordinate(index, axis);
        records[at + dimension + 1 + axis] = path.gradient(index, axis);
      }
      records[at + dimension] = path.value(index);
    }
    return records;
  }

  /** Numbers per record of {@link #recordsFrom}: 3 in 1-D, 5 in 2-D. */
  @JSExport
  public int recordWidth() {
    return 2 * runner.path().dimension() + 1;
  }

  /** The changes made by steps {@code first} .. steps() - 1, coordinates interleaved. */
  @JSExport
  public double[] updatesFrom(int first) {
    DescentPath path = runner.path();
    int dimension = path.dimension();
    int start = Math.max(0, first);
    double[] updates = new double[Math.max(0, runner.steps() - start) * dimension];
    for (int step = start, at = 0; step < runner.steps(); step++, at += dimension) {
      for (int axis = 0; axis < dimension; axis++) {
        updates[at + axis] = path.update(step, axis);
      }
    }
    return updates;
  }
}
