package descent.server.runner;

import descent.engine.experiment.FunctionExperiment;
import descent.engine.experiment.OptimizerSpec;
import descent.engine.function.expression.Expression;
import descent.engine.function.optimizer.Hyperparameters;
import descent.engine.function.optimizer.OptimizerKind;
import descent.engine.function.run.DescentPath;
import descent.engine.function.run.DescentRunner;
import descent.engine.function.run.DescentSettings;
import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Runs each optimizer of a function experiment from the start point, in document order. */
final class FunctionRun {
  private FunctionRun() {
  }

  static JsonObject run(FunctionExperiment experiment, Integer stepsOverride) {
    Expression function = Expression.parse(experiment.getFunction());
    DescentSettings settings = DescentSettings.defaults()
        .withTolerance(experiment.getTolerance())
        .withMaxSteps(stepsOverride != null ? stepsOverride : experiment.getMaxSteps());
    List<JsonValue> runs = new ArrayList<>();
    for (OptimizerSpec spec : experiment.getOptimizers()) {
      OptimizerKind kind = OptimizerKind.fromName(spec.getType().jsonName());
      DescentRunner runner = new DescentRunner(function, kind.create(hyperparameters(spec)),
          experiment.getStart(), settings);
      runner.runToEnd();
      double[] point = new double[experiment.getStart().length];
      for (int axis = 0; axis < point.length; axis++) {
        point[axis] = runner.coordinate(axis);
      }
      runs.add(JsonObject.builder()
          .put("optimizer", kind.id())
          .put("status", runner.status().id())
          .put("steps", runner.steps())
          .put("point", JsonNumbers.array(point))
          .put("value", JsonNumbers.of(runner.value()))
          .put("path", path(runner.path()))
          .build());
    }
    return JsonObject.builder().put("runs", JsonArray.of(runs)).build();
  }

  /** The document's optional hyperparameters; absent ones keep the engine's defaults. */
  private static Hyperparameters hyperparameters(OptimizerSpec spec) {
    Hyperparameters h = Hyperparameters.defaults().withLearningRate(spec.getLearningRate());
    if (spec.getMomentum().isPresent()) {
      h = h.withMomentum(spec.getMomentum().get());
    }
    if (spec.getRho().isPresent()) {
      h = h.withRho(spec.getRho().get());
    }
    if (spec.getEpsilon().isPresent()) {
      h = h.withEpsilon(spec.getEpsilon().get());
    }
    if (spec.getBeta1().isPresent()) {
      h = h.withBeta1(spec.getBeta1().get());
    }
    if (spec.getBeta2().isPresent()) {
      h = h.withBeta2(spec.getBeta2().get());
    }
    return h;
  }

  /** Each visited point as [x] or [x, y], the start first. */
  private static JsonArray path(DescentPath path) {
    List<JsonValue> points = new ArrayList<>(path.size());
    for (int i = 0; i < path.size(); i++) {
      double[] point = new double[path.dimension()];
      for (int axis = 0; axis < point.length; axis++) {
        point[axis] = path.coordinate(i, axis);
      }
      points.add(JsonNumbers.array(point));
    }
    return JsonArray.of(points);
  }
}
