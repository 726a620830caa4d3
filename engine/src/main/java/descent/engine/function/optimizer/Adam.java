package descent.engine.function.optimizer;

/**
 * Adam (Kingma and Ba 2015, "Adam: a method for stochastic optimization", ICLR, Algorithm 1):
 * m <- beta1 m + (1 - beta1) g;  v <- beta2 v + (1 - beta2) g^2;
 * x <- x - learningRate * m_hat / (sqrt(v_hat) + epsilon), with the bias corrections
 * m_hat = m / (1 - beta1^t) and v_hat = v / (1 - beta2^t) for step t = 1, 2, ...
 */
final class Adam implements Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[] firstMoment = new double[0];
    private double[] secondMoment = new double[0];
    /** beta1^t and beta2^t, kept as running products instead of calling pow every step. */
    private double beta1Power;
    private double beta2Power;

    Adam(Hyperparameters hyperparameters) {
        this.learningRate = hyperparameters.learningRate();
        this.beta1 = hyperparameters.beta1();
        this.beta2 = hyperparameters.beta2();
        this.epsilon = hyperparameters.epsilon();
    }

    @Override
    public String name() {
        return OptimizerKind.ADAM.id();
    }

    @Override
    public void reset(int dimension) {
        firstMoment = new double[dimension];
        secondMoment = new double[dimension];
        beta1Power = 1;
        beta2Power = 1;
    }

    @Override
    public void update(double[] gradient, double[] updateOut) {
        beta1Power *= beta1;
        beta2Power *= beta2;
        for (int i = 0; i < updateOut.length; i++) {
            double g = gradient[i];
            firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g;
            secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g;
            double correctedFirst = firstMoment[i] / (1 - beta1Power);
            double correctedSecond = secondMoment[i] / (1 - beta2Power);
            updateOut[i] = -learningRate * correctedFirst / (Math.sqrt(correctedSecond) + epsilon);
        }
    }
}
