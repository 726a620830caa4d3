package descent.engine.experiment;

import descent.engine.json.JsonParser;
import descent.engine.json.JsonWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static descent.engine.experiment.Documents.FUNCTION_EXAMPLE;
import static descent.engine.experiment.Documents.NETWORK_EXAMPLE;
import static descent.engine.experiment.Documents.valid;
import static descent.engine.experiment.Documents.with;
import static descent.engine.experiment.Documents.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Writing an experiment back gives the same document, and equal content gives equal canonical text. */
class RoundTripTest {

    static Stream<Arguments> documents() {
        String noFeatures = without(NETWORK_EXAMPLE, "features");
        return Stream.of(
                NETWORK_EXAMPLE,
                FUNCTION_EXAMPLE,
                with(with(FUNCTION_EXAMPLE, "seed", "9007199254740991"), "optimizers",
                        "[{'optimizer': 'adam', 'learningRate': 0.001, 'beta1': 0.9, 'beta2': 0.999, 'epsilon': 1e-8},"
                                + " {'optimizer': 'rmsprop', 'learningRate': 0.01, 'rho': 0.9}]"),
                with(with(with(NETWORK_EXAMPLE, "parent", "'abc-123'"), "training.schedule",
                        "{'type': 'step', 'every': 100, 'gamma': 0.5}"), "training.clipNorm", "1.5"),
                with(NETWORK_EXAMPLE, "training.schedule", "{'type': 'cyclical', 'period': 20, 'minLearningRate': 0.001}"),
                with(with(with(NETWORK_EXAMPLE, "network.weights", "[[[0.1], [-0.2]], [[1e-7]]]"), "network.biases", "[[0], [0.5]]"),
                        "network.hidden", "[{'units': 1, 'activation': 'relu'}]"),
                with(noFeatures, "data", "{'source': 'csv', 'csv': 'x,y,label\\n1,2,0\\n3,4,1', 'labelColumn': -1, 'trainFraction': 0.5, 'standardize': true}"),
                with(noFeatures, "data", "{'source': 'inline', 'rows': [[1, 2.5, 0], [-0.125, 4, 1]], 'labelColumn': 2, 'trainFraction': 0.9}"),
                with(noFeatures, "data", "{'source': 'xor-table'}"),
                with(with(NETWORK_EXAMPLE, "title", "'<b>Spiral</b> 😀 \\u2028'"), "description", "'two\\nlines'")
        ).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void writingAnExperimentBackGivesTheSameCanonicalDocument(String document) {
        String written = valid(document).toJsonText();
        assertEquals(JsonWriter.canonical(JsonParser.parse(document)), JsonWriter.canonical(JsonParser.parse(written)));
        assertEquals(ExperimentCanonicalizer.canonicalJson(valid(document)), ExperimentCanonicalizer.canonicalJson(valid(written)));
    }

    @Test
    void keyOrderSpacingAndNumberSpellingDoNotChangeTheCanonicalText() {
        String respelled = "{ \"training\": {\"stop\": {\"targetLoss\": 0.0, \"gradientNorm\": 0.000001},"
                + " \"regularizationRate\": -0, \"regularization\": \"none\", \"epochs\": 1e3, \"batchSize\": 10.0,"
                + " \"learningRate\": 3e-2, \"optimizer\": \"sgd\"},\n"
                + " \"network\": {\"init\": \"glorot\", \"loss\": \"mse\", \"output\": \"tanh\", \"hidden\": [{\"activation\": \"tanh\", \"units\": 8}]},\n"
                + " \"features\": [\"x1\", \"x2\"], \"data\": {\"trainFraction\": 0.50, \"noise\": 0, \"points\": 5E2, \"source\": \"spiral\"},\n"
                + " \"seed\": 42, \"description\": \"...\", \"title\": \"...\", \"kind\": \"network\", \"schemaVersion\": 1 }";
        assertEquals(ExperimentCanonicalizer.canonicalJson(valid(NETWORK_EXAMPLE)), ExperimentCanonicalizer.canonicalJson(valid(respelled)));
    }

    @Test
    void differentContentGivesDifferentCanonicalText() {
        assertNotEquals(ExperimentCanonicalizer.canonicalJson(valid(NETWORK_EXAMPLE)),
                ExperimentCanonicalizer.canonicalJson(valid(with(NETWORK_EXAMPLE, "seed", "43"))));
    }

    @Test
    void theCanonicalTextOfTheNetworkExampleIsSortedAndCompact() {
        assertEquals("{\"data\":{\"noise\":0,\"points\":500,\"source\":\"spiral\",\"trainFraction\":0.5},\"description\":\"...\","
                        + "\"features\":[\"x1\",\"x2\"],\"kind\":\"network\",\"network\":{\"hidden\":[{\"activation\":\"tanh\",\"units\":8}],"
                        + "\"init\":\"glorot\",\"loss\":\"mse\",\"output\":\"tanh\"},\"schemaVersion\":1,\"seed\":42,\"title\":\"...\","
                        + "\"training\":{\"batchSize\":10,\"epochs\":1000,\"learningRate\":0.03,\"optimizer\":\"sgd\",\"regularization\":\"none\","
                        + "\"regularizationRate\":0,\"stop\":{\"gradientNorm\":0.000001,\"targetLoss\":0}}}",
                ExperimentCanonicalizer.canonicalJson(valid(NETWORK_EXAMPLE)));
    }
}
