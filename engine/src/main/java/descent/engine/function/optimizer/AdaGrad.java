package descent.engine.function.optimizer;

/**
 * AdaGrad (Duchi, Hazan and Singer 2011, "Adaptive subgradient methods for online learning and
 * stochastic optimization", JMLR 12), diagonal form: every coordinate divides its step by the
 * root of its summed squared gradients, G <- G + g^2;  x <- x - learningRate * g / (sqrt(G) + epsilon).
 */
final class AdaGrad implements Optimizer {

    private final double learningRate;
    private final double epsilon;
    private double[] squaredGradientSum = new double[0];

    AdaGrad(Hyperparameters hyperparameters) {
        this.learningRate = hyperparameters.learningRate();
        this.epsilon = hyperparameters.epsilon();
    }

    @Override
    public String name() {
        return OptimizerKind.ADAGRAD.id();
    }

    @Override
    public void reset(int dimension) {
        squaredGradientSum = new double[dimension];
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        for (int i = 0; i < updateOut.length; i++) {
            squaredGradientSum[i] += gradient[i] * gradient[i];
            updateOut[i] = -learningRate * gradient[i] / (Math.sqrt(squaredGradientSum[i]) + epsilon);
        }
    }
}
