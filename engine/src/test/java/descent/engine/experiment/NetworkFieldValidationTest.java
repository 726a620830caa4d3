package descent.engine.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static descent.engine.experiment.Documents.NETWORK_EXAMPLE;
import static descent.engine.experiment.Documents.errors;
import static descent.engine.experiment.Documents.valid;
import static descent.engine.experiment.Documents.with;
import static descent.engine.experiment.Documents.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkFieldValidationTest {

    @Test
    void theSpecificationsNetworkExampleIsValidAndTyped() {
        NetworkExperiment experiment = (NetworkExperiment) valid(NETWORK_EXAMPLE);
        assertEquals(ExperimentKind.NETWORK, experiment.getKind());
        assertEquals("...", experiment.getTitle().get());
        assertEquals(42, experiment.getSeed());
        assertEquals(DataSource.SPIRAL, experiment.getData().getSource());
        assertEquals(500, experiment.getData().getPoints().get());
        assertEquals(0.5, experiment.getData().getTrainFraction().get());
        assertEquals(Arrays.asList(InputFeature.X1, InputFeature.X2), experiment.getFeatures());
        assertEquals(2, experiment.getInputCount());
        HiddenLayer layer = experiment.getNetwork().getHidden().get(0);
        assertEquals(8, layer.getUnits());
        assertEquals(Activation.TANH, layer.getActivation());
        assertEquals(OutputActivation.TANH, experiment.getNetwork().getOutput());
        assertEquals(Loss.MSE, experiment.getNetwork().getLoss());
        assertEquals(WeightInit.GLOROT, experiment.getNetwork().getInit());
        TrainingSpec training = experiment.getTraining();
        assertEquals(OptimizerType.SGD, training.getOptimizer().getType());
        assertEquals(0.03, training.getOptimizer().getLearningRate());
        assertEquals(10, training.getBatchSize());
        assertEquals(1000, training.getEpochs());
        assertEquals(Regularization.NONE, training.getRegularization());
        assertEquals(1e-6, training.getStop().get().getGradientNorm().get());
        assertEquals(0.0, training.getStop().get().getTargetLoss().get());
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("seed", "-1", "seed: must be between 0 and 9007199254740991 (was -1)"),
                Arguments.of("seed", "9007199254740992", "seed: must be between 0 and 9007199254740991 (was 9007199254740992)"),
                Arguments.of("seed", "1.5", "seed: must be an integer (was 1.5)"),
                Arguments.of("seed", "'42'", "seed: must be a number"),
                Arguments.of("title", "'a\\u0000b'", "title: must not contain control characters"),
                Arguments.of("title", "'tab\\there'", "title: must not contain control characters"),
                Arguments.of("title", "'" + repeat("x", 101) + "'", "title: must be at most 100 characters (was 101)"),
                Arguments.of("title", "7", "title: must be a string"),
                Arguments.of("description", "'" + repeat("d", 2001) + "'", "description: must be at most 2000 characters (was 2001)"),
                Arguments.of("description", "'bell\\u0007'", "description: must not contain control characters other than line breaks and tabs"),
                Arguments.of("parent", "'has space'", "parent: must be 1 to 128 letters, digits, '.', '_', ':' or '-' (was 'has space')"),
                Arguments.of("parent", "''", "parent: must be 1 to 128 letters, digits, '.', '_', ':' or '-' (was '')"),
                Arguments.of("data", "[]", "data: must be an object"),
                Arguments.of("data.source", "'moon'", "data.source: must be one of: xor-table, circle, xor, gauss, spiral, moons, "
                        + "checkerboard, plane, multi-gauss, sine, iris, wine, digits, csv, inline, points (was 'moon')"),
                Arguments.of("data.points", "5", "data.points: must be between 10 and 2000 (was 5)"),
                Arguments.of("data.points", "2001", "data.points: must be between 10 and 2000 (was 2001)"),
                Arguments.of("data.noise", "0.6", "data.noise: must be between 0 and 0.5 (was 0.6)"),
                Arguments.of("data.noise", "-0.1", "data.noise: must be between 0 and 0.5 (was -0.1)"),
                Arguments.of("data.trainFraction", "1", "data.trainFraction: must be between 0.1 and 0.9 (was 1)"),
                Arguments.of("data.trainFraction", "0", "data.trainFraction: must be between 0.1 and 0.9 (was 0)"),
                Arguments.of("data.standardize", "'yes'", "data.standardize: must be a boolean"),
                Arguments.of("data.csv", "'a,b'", "data.csv: not allowed for source 'spiral'"),
                Arguments.of("data.labelColumn", "0", "data.labelColumn: not allowed for source 'spiral'"),
                Arguments.of("data.pionts", "5", "data.pionts: unknown field (allowed: source, points, noise, trainFraction, csv, rows, labelColumn, standardize)"),
                Arguments.of("features", "[]", "features: must have between 1 and 7 features (was 0)"),
                Arguments.of("features", "'x1'", "features: must be an array"),
                Arguments.of("features[1]", "'x1'", "features[1]: duplicate feature 'x1'"),
                Arguments.of("features[1]", "'x3'", "features[1]: must be one of: x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2) (was 'x3')"),
                Arguments.of("network.hidden", "{}", "network.hidden: must be an array"),
                Arguments.of("network.hidden[0].units", "1000000000", "network.hidden[0].units: must be between 1 and 256 (was 1000000000)"),
                Arguments.of("network.hidden[0].units", "0", "network.hidden[0].units: must be between 1 and 256 (was 0)"),
                Arguments.of("network.hidden[0].units", "2.5", "network.hidden[0].units: must be an integer (was 2.5)"),
                Arguments.of("network.hidden[0].activation", "'softmax'", "network.hidden[0].activation: must be one of: linear, sigmoid, tanh, relu, leaky-relu, elu, swish (was 'softmax')"),
                Arguments.of("network.hidden[0].unit", "8", "network.hidden[0].unit: unknown field (allowed: units, activation)"),
                Arguments.of("network.hidden[0]", "8", "network.hidden[0]: must be an object"),
                Arguments.of("network.output", "'relu'", "network.output: must be one of: linear, sigmoid, tanh, softmax (was 'relu')"),
                Arguments.of("network.loss", "'hinge'", "network.loss: must be one of: mse, binary-cross-entropy, cross-entropy (was 'hinge')"),
                Arguments.of("network.init", "'random'", "network.init: must be one of: glorot, he, uniform, zeros (was 'random')"),
                Arguments.of("training.optimizer", "'lbfgs'", "training.optimizer: must be one of: sgd, momentum, nesterov, adagrad, rmsprop, adam (was 'lbfgs')"),
                Arguments.of("training.learningRate", "'fast'", "training.learningRate: must be a number"),
                Arguments.of("training.learningRate", "0", "training.learningRate: must be greater than 0 and at most 100 (was 0)"),
                Arguments.of("training.learningRate", "100.5", "training.learningRate: must be greater than 0 and at most 100 (was 100.5)"),
                Arguments.of("training.learningRate", "1e400", "training.learningRate: must be a finite number (was 1e400)"),
                Arguments.of("training.learningRate", "null", "training.learningRate: must be a number"),
                Arguments.of("training.momentum", "0.9", "training.momentum: not used by optimizer 'sgd'"),
                Arguments.of("training.batchSize", "-1", "training.batchSize: must be between 0 and 20000 (was -1)"),
                Arguments.of("training.batchSize", "20001", "training.batchSize: must be between 0 and 20000 (was 20001)"),
                Arguments.of("training.epochs", "0", "training.epochs: must be between 1 and 1000000 (was 0)"),
                Arguments.of("training.epochs", "1000001", "training.epochs: must be between 1 and 1000000 (was 1000001)"),
                Arguments.of("training.regularization", "'l3'", "training.regularization: must be one of: none, l1, l2 (was 'l3')"),
                Arguments.of("training.regularizationRate", "11", "training.regularizationRate: must be between 0 and 10 (was 11)"),
                Arguments.of("training.regularizationRate", "-1e-9", "training.regularizationRate: must be between 0 and 10 (was -1e-9)"),
                Arguments.of("training.clipNorm", "0", "training.clipNorm: must be greater than 0 (was 0)"),
                Arguments.of("training.stop.gradientNorm", "-1", "training.stop.gradientNorm: must be at least 0 (was -1)"),
                Arguments.of("training.stop.targetLoss", "'low'", "training.stop.targetLoss: must be a number"),
                Arguments.of("training.stop.maxTime", "5", "training.stop.maxTime: unknown field (allowed: gradientNorm, targetLoss)"),
                Arguments.of("training.schedule", "{'type': 'warmup'}", "training.schedule.type: must be one of: constant, step, exponential, cosine, cyclical (was 'warmup')"),
                Arguments.of("training.lr", "0.1", "training.lr: unknown field (allowed: optimizer, learningRate, momentum, beta1, beta2, epsilon, rho, batchSize, epochs, regularization, regularizationRate, clipNorm, schedule, stop)"),
                Arguments.of("extra", "1", "extra: unknown field (allowed: schemaVersion, kind, title, description, parent, seed, data, features, network, training)")
        );
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("violations")
    void aViolationNamesTheFieldAndWhatIsWrong(String path, String value, String expected) {
        assertEquals(Arrays.asList(expected), errors(with(NETWORK_EXAMPLE, path, value)));
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of("seed", "data", "network", "training", "data.source", "data.points", "data.noise",
                "data.trainFraction", "features", "network.hidden", "network.output", "network.loss", "network.init",
                "network.hidden[0].units", "network.hidden[0].activation", "training.optimizer", "training.learningRate",
                "training.batchSize", "training.epochs", "training.regularization", "training.regularizationRate"
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void aMissingRequiredFieldIsNamed(String path) {
        assertEquals(Arrays.asList(path + ": is required"), errors(without(NETWORK_EXAMPLE, path)));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String minimal = without(without(without(without(NETWORK_EXAMPLE, "title"), "description"), "training.stop"), "data.standardize");
        NetworkExperiment experiment = (NetworkExperiment) valid(minimal);
        assertFalse(experiment.getTitle().isPresent());
        assertFalse(experiment.getTraining().getStop().isPresent());
    }

    @Test
    void aTitleWithScriptTagsIsAcceptedAsPlainText() {
        String title = "<script>alert('x')</script> & <b>bold</b>";
        String document = with(NETWORK_EXAMPLE, "title", "\"" + title.replace("'", "\\u0027") + "\"");
        assertEquals(title, valid(document).getTitle().get());
    }

    @Test
    void aTitleCountsCodePointsNotUtf16Units() {
        String hundredEmoji = repeat("😀", 100);
        assertEquals(hundredEmoji, valid(with(NETWORK_EXAMPLE, "title", "'" + hundredEmoji + "'")).getTitle().get());
        assertEquals(Arrays.asList("title: must be at most 100 characters (was 101)"),
                errors(with(NETWORK_EXAMPLE, "title", "'" + hundredEmoji + "x'")));
    }

    @Test
    void aDescriptionMayHoldLineBreaksAndTabs() {
        assertEquals("line one\n\tline two", valid(with(NETWORK_EXAMPLE, "description", "'line one\\n\\tline two'"))
                .getDescription().get());
    }

    @Test
    void aParentIdIsKept() {
        assertEquals("sha256:0f1e", valid(with(NETWORK_EXAMPLE, "parent", "'sha256:0f1e'")).getParent().get());
    }

    @Test
    void aSeedOfTwoToTheFiftyThreeMinusOneIsAccepted() {
        assertEquals(9007199254740991L, ((NetworkExperiment) valid(with(NETWORK_EXAMPLE, "seed", "9007199254740991"))).getSeed());
    }

    @Test
    void anIntegerWrittenWithAFractionOrExponentCountsAsAnInteger() {
        assertEquals(50, ((NetworkExperiment) valid(with(NETWORK_EXAMPLE, "data.points", "5e1"))).getData().getPoints().get());
    }

    @Test
    void aBatchSizeOfZeroMeansFullBatch() {
        NetworkExperiment experiment = (NetworkExperiment) valid(with(NETWORK_EXAMPLE, "training.batchSize", "0"));
        assertEquals(TrainingSpec.FULL_BATCH, experiment.getTraining().getBatchSize());
    }

    @Test
    void tenHiddenLayersAreAllowedButNotEleven() {
        String layer = "{'units': 256, 'activation': 'relu'}";
        String ten = "[" + repeat(layer + ",", 9) + layer + "]";
        assertEquals(10, ((NetworkExperiment) valid(with(NETWORK_EXAMPLE, "network.hidden", ten))).getNetwork().getHidden().size());
        assertEquals(Arrays.asList("network.hidden: must have between 0 and 10 layers (was 11)"),
                errors(with(NETWORK_EXAMPLE, "network.hidden", "[" + layer + "," + ten.substring(1))));
    }

    @Test
    void noHiddenLayerIsAllowed() {
        assertTrue(((NetworkExperiment) valid(with(NETWORK_EXAMPLE, "network.hidden", "[]"))).getNetwork().getHidden().isEmpty());
    }

    @Test
    void everyActivationAndFeatureNameIsAccepted() {
        String hidden = "[{'units':1,'activation':'linear'},{'units':1,'activation':'sigmoid'},{'units':1,'activation':'tanh'},"
                + "{'units':1,'activation':'relu'},{'units':1,'activation':'leaky-relu'},{'units':1,'activation':'elu'},"
                + "{'units':1,'activation':'swish'}]";
        String features = "['x1','x2','x1^2','x2^2','x1*x2','sin(x1)','sin(x2)']";
        NetworkExperiment experiment = (NetworkExperiment) valid(with(with(NETWORK_EXAMPLE, "network.hidden", hidden), "features", features));
        assertEquals(7, experiment.getNetwork().getHidden().size());
        assertEquals(Arrays.asList(InputFeature.values()), experiment.getFeatures());
    }

    @Test
    void collectsEveryErrorInsteadOfStoppingAtTheFirst() {
        String document = with(with(with(NETWORK_EXAMPLE, "seed", "-1"), "network.hidden[0].units", "0"), "training.epochs", "0");
        List<String> errors = errors(document);
        assertEquals(3, errors.size());
        assertTrue(errors.get(0).startsWith("seed:"));
        assertTrue(errors.get(1).startsWith("network.hidden[0].units:"));
        assertTrue(errors.get(2).startsWith("training.epochs:"));
    }

    @Test
    void capsTheListOfErrorsAndSaysHowManyThereWere() {
        String document = NETWORK_EXAMPLE;
        for (int i = 0; i < 70; i++) {
            document = with(document, "unknown" + i, "1");
        }
        List<String> errors = errors(document);
        assertEquals(ExperimentLimits.MAX_ERRORS + 1, errors.size());
        assertEquals("(document): too many errors: 70 found, the first 50 are listed", errors.get(errors.size() - 1));
    }

    @Test
    void quotesAnUnknownValueShortenedAndEscaped() {
        String longName = repeat("z", 60);
        assertEquals(Arrays.asList("network.output: must be one of: linear, sigmoid, tanh, softmax (was '" + repeat("z", 40) + "...')"),
                errors(with(NETWORK_EXAMPLE, "network.output", "'" + longName + "'")));
        assertEquals(Arrays.asList("network.output: must be one of: linear, sigmoid, tanh, softmax (was 'a\\nb')"),
                errors(with(NETWORK_EXAMPLE, "network.output", "'a\\nb'")));
    }

    static String repeat(String text, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(text);
        }
        return out.toString();
    }
}
