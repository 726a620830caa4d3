package descent.engine.function.optimizer;

/**
 * The settings shared by all optimizers; each optimizer reads only the ones it needs. Immutable:
 * the {@code with...} methods return a validated copy.
 */
public final class Hyperparameters {

    /** Step size; the article's example uses 0.1. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** Velocity decay for momentum and Nesterov (Sutskever et al. 2013 use 0.9 and higher). */
    public static final double DEFAULT_MOMENTUM = 0.9;
    /** Decay of RMSProp's running mean of squared gradients (Tieleman and Hinton 2012). */
    public static final double DEFAULT_RHO = 0.9;
    /** Added to square roots in AdaGrad, RMSProp and Adam so that nothing divides by zero. */
    public static final double DEFAULT_EPSILON = 1e-8;
    /** Adam's first-moment decay (Kingma and Ba 2015). */
    public static final double DEFAULT_BETA1 = 0.9;
    /** Adam's second-moment decay (Kingma and Ba 2015). */
    public static final double DEFAULT_BETA2 = 0.999;

    private final double learningRate;
    private final double momentum;
    private final double rho;
    private final double epsilon;
    private final double beta1;
    private final double beta2;

    private Hyperparameters(double learningRate, double momentum, double rho, double epsilon, double beta1,
            double beta2) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.rho = rho;
        this.epsilon = epsilon;
        this.beta1 = beta1;
        this.beta2 = beta2;
    }

    /** All defaults: learning rate 0.1, momentum 0.9, rho 0.9, epsilon 1e-8, beta1 0.9, beta2 0.999. */
    public static Hyperparameters defaults() {
        return new Hyperparameters(DEFAULT_LEARNING_RATE, DEFAULT_MOMENTUM, DEFAULT_RHO, DEFAULT_EPSILON,
                DEFAULT_BETA1, DEFAULT_BETA2);
    }

    /** Step size multiplying the gradient (or the adaptive step). */
    public double learningRate() {
        return learningRate;
    }

    /** Velocity decay of momentum and Nesterov, 0 to below 1. */
    public double momentum() {
        return momentum;
    }

    /** RMSProp's decay of the mean of squared gradients, 0 to below 1. */
    public double rho() {
        return rho;
    }

    /** Small constant added to square roots before dividing. */
    public double epsilon() {
        return epsilon;
    }

    /** Adam's decay of the gradient mean, 0 to below 1. */
    public double beta1() {
        return beta1;
    }

    /** Adam's decay of the mean of squared gradients, 0 to below 1. */
    public double beta2() {
        return beta2;
    }

    /** A copy with this learning rate; it must be finite and positive. */
    public Hyperparameters withLearningRate(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("learningRate must be a positive number, got " + value);
        }
        return new Hyperparameters(value, momentum, rho, epsilon, beta1, beta2);
    }

    /** A copy with this momentum coefficient, from 0 (inclusive) to 1 (exclusive). */
    public Hyperparameters withMomentum(double value) {
        return new Hyperparameters(learningRate, decay("momentum", value), rho, epsilon, beta1, beta2);
    }

    /** A copy with this RMSProp decay, from 0 (inclusive) to 1 (exclusive). */
    public Hyperparameters withRho(double value) {
        return new Hyperparameters(learningRate, momentum, decay("rho", value), epsilon, beta1, beta2);
    }

    /** A copy with this epsilon; it must be finite and positive (it keeps adaptive steps finite). */
    public Hyperparameters withEpsilon(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("epsilon must be a positive number, got " + value);
        }
        return new Hyperparameters(learningRate, momentum, rho, value, beta1, beta2);
    }

    /** A copy with this Adam first-moment decay, from 0 (inclusive) to 1 (exclusive). */
    public Hyperparameters withBeta1(double value) {
        return new Hyperparameters(learningRate, momentum, rho, epsilon, decay("beta1", value), beta2);
    }

    /** A copy with this Adam second-moment decay, from 0 (inclusive) to 1 (exclusive). */
    public Hyperparameters withBeta2(double value) {
        return new Hyperparameters(learningRate, momentum, rho, epsilon, beta1, decay("beta2", value));
    }

    private static double decay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be at least 0 and below 1, got " + value);
        }
        return value;
    }
}
