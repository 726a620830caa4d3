package descent.engine.experiment;

import java.util.Arrays;
import java.util.Collections;

/** Ready-made experiments: the page's starting point and the article's XOR network. */
public final class ExperimentDefaults {

    private ExperimentDefaults() {
    }

    /**
     * The default network: 500 spiral points without noise, half for training, inputs x1 and x2, hidden
     * layers of 4 and 2 tanh units, tanh output, mean squared error, Glorot initialisation, SGD with
     * learning rate 0.03 and batches of 10 for 1000 epochs, seed 42.
     */
    public static NetworkExperiment defaultNetwork() {
        NetworkSpec network = new NetworkSpec(
                Arrays.asList(new HiddenLayer(4, Activation.TANH), new HiddenLayer(2, Activation.TANH)),
                OutputActivation.TANH, Loss.MSE, WeightInit.GLOROT, null);
        TrainingSpec training = new TrainingSpec(OptimizerSpec.of(OptimizerType.SGD, 0.03), 10, 1000,
                Regularization.NONE, 0, null, null, null);
        return new NetworkExperiment(null, null, null, 42, DataSpec.generated(DataSource.SPIRAL, 500, 0, 0.5),
                Arrays.asList(InputFeature.X1, InputFeature.X2), network, training);
    }

    /**
     * The article's XOR experiment: the 4-point XOR table, one hidden layer of 3 tanh units, softmax output
     * with cross-entropy, Glorot initialisation, full-batch SGD with learning rate 0.1 for 1000 epochs, seed 1.
     */
    public static NetworkExperiment xorArticle() {
        NetworkSpec network = new NetworkSpec(Collections.singletonList(new HiddenLayer(3, Activation.TANH)),
                OutputActivation.SOFTMAX, Loss.CROSS_ENTROPY, WeightInit.GLOROT, null);
        TrainingSpec training = new TrainingSpec(OptimizerSpec.of(OptimizerType.SGD, 0.1), TrainingSpec.FULL_BATCH, 1000,
                Regularization.NONE, 0, null, null, null);
        return new NetworkExperiment(null, null, null, 1, DataSpec.xorTable(), Collections.emptyList(), network, training);
    }
}
