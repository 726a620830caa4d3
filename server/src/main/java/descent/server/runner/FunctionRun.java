package descent.server.runner;

import descent.engine.experiment.FunctionExperiment;
import descent.engine.function.run.DescentPath;
import descent.engine.function.run.DescentRunner;
import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;
import descent.engine.session.FunctionExperimentRuns;
import java.util.ArrayList;
import java.util.List;

/** Runs each optimizer of a function experiment from the start point, in document order. */
final class FunctionRun {
  private FunctionRun() {
  }

  static JsonObject run(FunctionExperiment experiment, Integer stepsOverride) {
    List<JsonValue> runs = new ArrayList<>();
    for (DescentRunner runner : FunctionExperimentRuns.create(experiment, stepsOverride)) {
      runner.runToEnd();
      double[] point = new double[experiment.getStart().length];
      for (int axis = 0; axis < point.length; axis++) {
        point[axis] = runner.coordinate(axis);
      }
      runs.add(JsonObject.builder()
          .put("optimizer", runner.optimizerName())
          .put("status", runner.status().id())
          .put("steps", runner.steps())
          .put("point", JsonNumbers.array(point))
          .put("value", JsonNumbers.of(runner.value()))
          .put("path", path(runner.path()))
          .build());
    }
    return JsonObject.builder().put("runs", JsonArray.of(runs)).build();
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
