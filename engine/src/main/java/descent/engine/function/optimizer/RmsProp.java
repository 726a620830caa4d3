package descent.engine.function.optimizer;

/**
 * RMSProp (Tieleman and Hinton 2012, Coursera "Neural Networks for Machine Learning", lecture
 * 6.5): divide the gradient by a running root-mean-square of recent gradients,
 * s <- rho s + (1 - rho) g^2;  x <- x - learningRate * g / (sqrt(s) + epsilon).
 */
final class RmsProp implements Optimizer {

    private final double learningRate;
    private final double rho;
    private final double epsilon;
    private double[] meanSquare = new double[0];

    RmsProp(Hyperparameters hyperparameters) {
        this.learningRate = hyperparameters.learningRate();
        this.rho = hyperparameters.rho();
        this.epsilon = hyperparameters.epsilon();
    }

    @Override
    public String name() {
        return OptimizerKind.RMSPROP.id();
    }

    @Override
    public void reset(int dimension) {
        meanSquare = new double[dimension];
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        for (int i = 0; i < updateOut.length; i++) {
            meanSquare[i] = rho * meanSquare[i] + (1 - rho) * gradient[i] * gradient[i];
            updateOut[i] = -learningRate * gradient[i] / (Math.sqrt(meanSquare[i]) + epsilon);
        }
    }
}
