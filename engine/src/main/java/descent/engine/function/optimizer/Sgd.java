package descent.engine.function.optimizer;

/**
 * Plain gradient descent: x <- x - learningRate * grad f(x) (Cauchy 1847, "Methode generale pour
 * la resolution des systemes d'equations simultanees"). The name "sgd" follows the stochastic
 * version of Robbins and Monro 1951, "A stochastic approximation method"; here the gradient is exact.
 */
final class Sgd implements Optimizer {

    private final double learningRate;

    Sgd(Hyperparameters hyperparameters) {
        this.learningRate = hyperparameters.learningRate();
    }

    @Override
    public String name() {
        return OptimizerKind.SGD.id();
    }

    @Override
    public void reset(int dimension) {
        // Plain gradient descent has no state.
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        for (int i = 0; i < updateOut.length; i++) {
            updateOut[i] = -learningRate * gradient[i];
        }
    }
}
