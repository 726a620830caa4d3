package descent.engine.function.optimizer;

import descent.engine.optim.OptimizerParameters;
import descent.engine.optim.Optimizers;
import java.util.Arrays;

/**
 * Runs one of the network optimizers of {@code descent.engine.optim} on a point in R^1 or R^2,
 * so the function lab and the playground share one implementation of every update rule (and
 * its paper citation). The rule updates a zeroed scratch array, which leaves exactly its change.
 */
final class PointOptimizer implements Optimizer {
    private final OptimizerKind kind;
    private final Hyperparameters hyperparameters;
    private descent.engine.optim.Optimizer rule;
    private double[] change = new double[0];

    PointOptimizer(OptimizerKind kind, Hyperparameters hyperparameters) {
        this.kind = kind;
        this.hyperparameters = hyperparameters;
    }

    @Override
    public String name() {
        return kind.id();
    }

    @Override
    public void reset(int dimension) {
        OptimizerParameters parameters = OptimizerParameters.DEFAULTS
                .momentum(hyperparameters.momentum())
                .rho(hyperparameters.rho())
                .epsilon(hyperparameters.epsilon())
                .beta1(hyperparameters.beta1())
                .beta2(hyperparameters.beta2());
        rule = Optimizers.create(kind.id(), parameters);
        change = new double[dimension];
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        Arrays.fill(change, 0);
        rule.beginStep();
        rule.update(0, change, gradient, hyperparameters.learningRate());
        System.arraycopy(change, 0, updateOut, 0, change.length);
    }
}
