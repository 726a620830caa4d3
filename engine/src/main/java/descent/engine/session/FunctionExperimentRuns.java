package descent.engine.session;

import descent.engine.experiment.FunctionExperiment;
import descent.engine.experiment.OptimizerSpec;
import descent.engine.function.expression.Expression;
import descent.engine.function.optimizer.Hyperparameters;
import descent.engine.function.optimizer.OptimizerKind;
import descent.engine.function.run.DescentRunner;
import descent.engine.function.run.DescentSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a validated function experiment into one descent run per optimizer, in document order,
 * so the function lab and the headless runner replay a document through the same mapping.
 */
public final class FunctionExperimentRuns {
  private FunctionExperimentRuns() {
  }

  /**
   * @param maxStepsOverride a step limit to use instead of the document's, or null
   */
  public static List<DescentRunner> create(FunctionExperiment experiment, Integer maxStepsOverride) {
    if (experiment == null) {
      throw new IllegalArgumentException("experiment must not be null");
    }
    Expression function = Expression.parse(experiment.getFunction());
    DescentSettings settings = DescentSettings.defaults()
        .withTolerance(experiment.getTolerance())
        .withMaxSteps(maxStepsOverride != null ? maxStepsOverride : experiment.getMaxSteps());
    List<DescentRunner> runs = new ArrayList<>();
    for (OptimizerSpec spec : experiment.getOptimizers()) {
      OptimizerKind kind = OptimizerKind.fromName(spec.getType().jsonName());
      runs.add(new DescentRunner(function, kind.create(hyperparameters(spec)),
          experiment.getStart(), settings));
    }
    return runs;
  }

  /** The document's optional hyperparameters; absent ones keep the papers' defaults. */
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
}
