package descent.engine.function.optimizer;

/**
 * Nesterov's accelerated gradient (Nesterov 1983, "A method for solving the convex programming
 * problem with convergence rate O(1/k^2)"), as momentum with a look-ahead gradient in
 * Sutskever, Martens, Dahl and Hinton 2013, eq. 3-4: v <- mu v - lr grad f(x + mu v); x <- x + v.
 * To need only the gradient at the current point, this class tracks the look-ahead point
 * x' = x + mu v instead, as in Bengio, Boulanger-Lewandowski and Pascanu 2013, "Advances in
 * optimizing recurrent networks": v <- mu v - lr grad f(x'); x' <- x' + mu v - lr grad f(x').
 */
final class Nesterov implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private double[] velocity = new double[0];

    Nesterov(Hyperparameters hyperparameters) {
        this.learningRate = hyperparameters.learningRate();
        this.momentum = hyperparameters.momentum();
    }

    @Override
    public String name() {
        return OptimizerKind.NESTEROV.id();
    }

    @Override
    public void reset(int dimension) {
        velocity = new double[dimension];
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        for (int i = 0; i < updateOut.length; i++) {
            double gradientStep = learningRate * gradient[i];
            velocity[i] = momentum * velocity[i] - gradientStep;
            updateOut[i] = momentum * velocity[i] - gradientStep;
        }
    }
}
