package descent.engine.function.optimizer;

/**
 * Heavy-ball momentum (Polyak 1964, "Some methods of speeding up the convergence of iteration
 * methods") in the formulation of Sutskever, Martens, Dahl and Hinton 2013, "On the importance of
 * initialization and momentum in deep learning", eq. 1-2:
 * v <- momentum * v - learningRate * grad f(x);  x <- x + v.
 */
final class Momentum implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private double[] velocity = new double[0];

    Momentum(Hyperparameters hyperparameters) {
        this.learningRate = hyperparameters.learningRate();
        this.momentum = hyperparameters.momentum();
    }

    @Override
    public String name() {
        return OptimizerKind.MOMENTUM.id();
    }

    @Override
    public void reset(int dimension) {
        velocity = new double[dimension];
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        for (int i = 0; i < updateOut.length; i++) {
            velocity[i] = momentum * velocity[i] - learningRate * gradient[i];
            updateOut[i] = velocity[i];
        }
    }
}
