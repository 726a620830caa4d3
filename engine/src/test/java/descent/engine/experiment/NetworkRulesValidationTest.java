package descent.engine.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static descent.engine.experiment.Documents.NETWORK_EXAMPLE;
import static descent.engine.experiment.Documents.errors;
import static descent.engine.experiment.Documents.valid;
import static descent.engine.experiment.Documents.with;
import static descent.engine.experiment.Documents.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cross-field rules of the network: output and loss, and the shapes of explicit weights. */
class NetworkRulesValidationTest {

    private static String network(String output, String loss) {
        return with(with(NETWORK_EXAMPLE, "network.output", "'" + output + "'"), "network.loss", "'" + loss + "'");
    }

    /** Hidden [8], inputs x1 and x2, one output. */
    private static String withParameters(String weights, String biases) {
        String document = NETWORK_EXAMPLE;
        if (weights != null) {
            document = with(document, "network.weights", weights);
        }
        if (biases != null) {
            document = with(document, "network.biases", biases);
        }
        return document;
    }

    private static final String ROW8 = "[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]";
    private static final String WEIGHTS = "[[" + ROW8 + ", " + ROW8 + "], [[1], [2], [3], [4], [5], [6], [7], [8]]]";
    private static final String BIASES = "[[0, 0, 0, 0, 0, 0, 0, 0], [0.5]]";

    @Test
    void softmaxWithCrossEntropyAndSigmoidWithBinaryCrossEntropyAreValid() {
        valid(network("softmax", "cross-entropy"));
        valid(network("sigmoid", "binary-cross-entropy"));
        valid(network("sigmoid", "mse"));
    }

    @Test
    void softmaxOutputRequiresCrossEntropy() {
        assertEquals(Arrays.asList("network.loss: output 'softmax' requires loss 'cross-entropy' (was 'mse')"),
                errors(network("softmax", "mse")));
    }

    @Test
    void crossEntropyRequiresSoftmaxOutput() {
        assertEquals(Arrays.asList("network.output: loss 'cross-entropy' requires output 'softmax' (was 'tanh')"),
                errors(network("tanh", "cross-entropy")));
    }

    @Test
    void binaryCrossEntropyRequiresSigmoidOutput() {
        assertEquals(Arrays.asList("network.output: loss 'binary-cross-entropy' requires output 'sigmoid' (was 'tanh')"),
                errors(network("tanh", "binary-cross-entropy")));
        assertEquals(Arrays.asList("network.loss: output 'softmax' requires loss 'cross-entropy' (was 'binary-cross-entropy')",
                        "network.output: loss 'binary-cross-entropy' requires output 'sigmoid' (was 'softmax')"),
                errors(network("softmax", "binary-cross-entropy")));
    }

    @Test
    void weightsOfTheRightShapeAreKept() {
        NetworkExperiment experiment = (NetworkExperiment) valid(withParameters(WEIGHTS, BIASES));
        InitialParameters parameters = experiment.getNetwork().getInitialParameters().get();
        assertEquals(2, parameters.getLayerCount());
        assertEquals(2, parameters.getWeights(0).length);
        assertEquals(8, parameters.getWeights(0)[1].length);
        assertArrayEquals(new double[]{5}, parameters.getWeights(1)[4]);
        assertArrayEquals(new double[]{0.5}, parameters.getBiases(1));
    }

    @Test
    void weightsNeedOneMatrixPerLayer() {
        assertEquals(Arrays.asList("network.weights: must have 2 matrices, one per hidden layer and one for the output (was 1)",
                        "network.biases: must have 2 vectors, one per layer (was 1)"),
                errors(withParameters("[[" + ROW8 + ", " + ROW8 + "]]", "[[0, 0, 0, 0, 0, 0, 0, 0]]")));
    }

    @Test
    void theFirstMatrixHasOneRowPerInputFeature() {
        String threeRows = "[[" + ROW8 + ", " + ROW8 + ", " + ROW8 + "], [[1], [2], [3], [4], [5], [6], [7], [8]]]";
        assertEquals(Arrays.asList("network.weights[0]: must have 2 rows (fan_in) (was 3)"),
                errors(withParameters(threeRows, BIASES)));
        String threeFeatures = with(withParameters(threeRows, BIASES), "features", "['x1', 'x2', 'x1*x2']");
        valid(threeFeatures);
    }

    @Test
    void aRowHasOneColumnPerUnitOfItsLayer() {
        String shortRow = "[[" + ROW8 + ", [1, 2, 3]], [[1], [2], [3], [4], [5], [6], [7], [8]]]";
        assertEquals(Arrays.asList("network.weights[0][1]: must have 8 columns (fan_out) (was 3)"),
                errors(withParameters(shortRow, BIASES)));
    }

    @Test
    void theNextMatrixHasOneRowPerUnitOfThePreviousLayer() {
        String sevenRows = "[[" + ROW8 + ", " + ROW8 + "], [[1], [2], [3], [4], [5], [6], [7]]]";
        assertEquals(Arrays.asList("network.weights[1]: must have 8 rows (fan_in) (was 7)"),
                errors(withParameters(sevenRows, BIASES)));
    }

    @Test
    void theOutputLayersWidthMustAgreeBetweenRowsAndBiases() {
        String ragged = "[[" + ROW8 + ", " + ROW8 + "], [[1], [2], [3], [4], [5], [6], [7], [8, 9]]]";
        assertEquals(Arrays.asList("network.weights[1][7]: must have 1 columns (fan_out) (was 2)"),
                errors(withParameters(ragged, BIASES)));
        assertEquals(Arrays.asList("network.biases[1]: must have 1 values (fan_out) (was 2)"),
                errors(withParameters(WEIGHTS, "[[0, 0, 0, 0, 0, 0, 0, 0], [0.5, 1]]")));
    }

    @Test
    void biasesHaveOneValuePerUnit() {
        assertEquals(Arrays.asList("network.biases[0]: must have 8 values (fan_out) (was 3)"),
                errors(withParameters(WEIGHTS, "[[0, 0, 0], [0.5]]")));
    }

    @Test
    void weightsAndBiasesComeTogether() {
        assertEquals(Arrays.asList("network.biases: is required when network.weights is given"),
                errors(withParameters(WEIGHTS, null)));
        assertEquals(Arrays.asList("network.weights: is required when network.biases is given"),
                errors(withParameters(null, BIASES)));
    }

    @Test
    void everyWeightMustBeAFiniteNumber() {
        String bad = "[[" + ROW8 + ", [0.1, 0.2, 1e400, 0.4, 0.5, 0.6, 0.7, 'x']], [[1], [2], [3], [4], [5], [6], [7], [8]]]";
        assertEquals(Arrays.asList("network.weights[0][1][2]: must be a finite number (was 1e400)",
                        "network.weights[0][1][7]: must be a number"),
                errors(withParameters(bad, BIASES)));
    }

    @Test
    void theInputCountOfARealDataSetShapesTheFirstMatrix() {
        String iris = with(without(NETWORK_EXAMPLE, "features"), "data", "{'source': 'iris', 'trainFraction': 0.8}");
        assertEquals(Arrays.asList("network.weights[0]: must have 4 rows (fan_in) (was 2)"),
                errors(withParametersOn(iris, WEIGHTS, BIASES)));
    }

    @Test
    void withoutHiddenLayersTheOnlyMatrixMapsInputsToOutputs() {
        String linear = with(NETWORK_EXAMPLE, "network.hidden", "[]");
        valid(withParametersOn(linear, "[[[1, 2, 3], [4, 5, 6]]]", "[[0, 0, 0]]"));
    }

    private static String withParametersOn(String document, String weights, String biases) {
        return with(with(document, "network.weights", weights), "network.biases", biases);
    }
}
