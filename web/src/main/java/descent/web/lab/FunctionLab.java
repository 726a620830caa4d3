package descent.web.lab;

import descent.engine.function.expression.Expression;
import descent.engine.function.expression.ExpressionException;
import descent.engine.function.optimizer.Hyperparameters;
import descent.engine.function.optimizer.OptimizerKind;
import descent.engine.function.preset.FunctionPresets;
import descent.engine.function.run.DescentRunner;
import descent.engine.function.run.DescentSettings;
import org.teavm.jso.JSExport;

/**
 * The function-descent lab as the page sees it: read a typed function, sample it for the plots,
 * start descents on it. All numbers (values, exact gradients, every step) come from the engine;
 * the page only draws them.
 */
public final class FunctionLab {
  private Expression function;

  /**
   * Reads {@code text}; on success it becomes the function that {@link #evaluateGrid},
   * {@link #evaluateCurve} and {@link #startRun} use, on failure the previous one stays.
   */
  @JSExport
  public ParseOutcome parse(String text) {
    try {
      Expression parsed = Expression.parse(text);
      function = parsed;
      return ParseOutcome.success(parsed.dimension(), parsed.toString());
    } catch (ExpressionException e) {
      return ParseOutcome.failure(e.getMessage(), e.position());
    }
  }

  /** 1 or 2 for the current function, 0 before any function was read. */
  @JSExport
  public int dimension() {
    return function == null ? 0 : function.dimension();
  }

  /**
   * f on an nx x ny grid, row-major with the first row at {@code ymax} (the top of a picture) and
   * the last at {@code ymin}; column c is at x = xmin + c (xmax - xmin) / (nx - 1). NaN where f is
   * undefined.
   */
  @JSExport
  public double[] evaluateGrid(double xmin, double xmax, double ymin, double ymax, int nx, int ny) {
    double[] values = new double[nx * ny];
    double[] point = new double[2];
    for (int row = 0; row < ny; row++) {
      point[1] = ymax - row * (ymax - ymin) / Math.max(1, ny - 1);
      for (int column = 0; column < nx; column++) {
        point[0] = xmin + column * (xmax - xmin) / Math.max(1, nx - 1);
        values[row * nx + column] = function.value(point);
      }
    }
    return values;
  }

  /** f(x) at n evenly spaced x from xmin to xmax (y = 0), for drawing a curve. */
  @JSExport
  public double[] evaluateCurve(double xmin, double xmax, int n) {
    double[] values = new double[n];
    double[] point = new double[2];
    for (int i = 0; i < n; i++) {
      point[0] = xmin + i * (xmax - xmin) / Math.max(1, n - 1);
      values[i] = function.value(point);
    }
    return values;
  }

  /**
   * A descent of the current function from (x0, y0) (y0 is ignored for f(x)). The arguments must
   * be valid (positive learning rate and tolerance, 1 to 1,000,000 steps, finite start); the page
   * checks them before calling.
   */
  @JSExport
  public LabRun startRun(String optimizerId, double learningRate, double x0, double y0, double tolerance,
      int maxSteps) {
    OptimizerKind kind = OptimizerKind.fromName(optimizerId);
    Hyperparameters hyperparameters = Hyperparameters.defaults().withLearningRate(learningRate);
    DescentSettings settings = DescentSettings.defaults().withTolerance(tolerance).withMaxSteps(maxSteps);
    double[] start = function.dimension() == 2 ? new double[] {x0, y0} : new double[] {x0};
    return new LabRun(new DescentRunner(function, kind.create(hyperparameters), start, settings), kind.id());
  }

  @JSExport
  public int optimizerCount() {
    return OptimizerKind.values().length;
  }

  /** The optimizer names in display order: "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam". */
  @JSExport
  public String optimizerId(int index) {
    return OptimizerKind.values()[index].id();
  }

  @JSExport
  public int presetCount() {
    return FunctionPresets.all().size();
  }

  @JSExport
  public LabPreset preset(int index) {
    return new LabPreset(FunctionPresets.all().get(index));
  }

  /** The engine's defaults, so the page's fields start where the engine does. */
  @JSExport
  public double defaultTolerance() {
    return DescentSettings.DEFAULT_TOLERANCE;
  }

  @JSExport
  public int defaultMaxSteps() {
    return DescentSettings.DEFAULT_MAX_STEPS;
  }

  @JSExport
  public int maxStepsLimit() {
    return DescentSettings.MAX_STEPS_LIMIT;
  }
}
