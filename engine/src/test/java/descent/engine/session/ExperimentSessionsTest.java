package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.experiment.ExperimentDefaults;
import descent.engine.experiment.ExperimentValidator;
import descent.engine.experiment.NetworkExperiment;
import descent.engine.experiment.ValidationResult;
import descent.engine.optim.Adam;
import descent.engine.train.Status;
import org.junit.jupiter.api.Test;

class ExperimentSessionsTest {

  private static NetworkExperiment parse(String json) {
    ValidationResult result = ExperimentValidator.validate(json);
    assertTrue(result.isValid(), () -> result.getErrors().toString());
    return (NetworkExperiment) result.getExperiment();
  }

  private static final String SPEC_EXAMPLE = "{\"schemaVersion\": 1, \"kind\": \"network\","
      + " \"title\": \"Spiral\", \"seed\": 42,"
      + " \"data\": {\"source\": \"spiral\", \"points\": 500, \"noise\": 0.0,"
      + " \"trainFraction\": 0.5}, \"features\": [\"x1\", \"x2\"],"
      + " \"network\": {\"hidden\": [{\"units\": 8, \"activation\": \"tanh\"}],"
      + " \"output\": \"tanh\", \"loss\": \"mse\", \"init\": \"glorot\"},"
      + " \"training\": {\"optimizer\": \"sgd\", \"learningRate\": 0.03, \"batchSize\": 10,"
      + " \"epochs\": 1000, \"regularization\": \"none\", \"regularizationRate\": 0,"
      + " \"stop\": {\"gradientNorm\": 1e-6, \"targetLoss\": 0}}}";

  @Test
  void theSpecExampleBuildsTheNetworkItDescribes() {
    Session session = ExperimentSessions.create(parse(SPEC_EXAMPLE), null);
    assertEquals(3, session.network().layerCount() + 1);
    assertEquals(2, session.network().inputSize());
    assertEquals(8, session.network().fanOut(0));
    assertEquals(250, session.trainSet().size());
    assertEquals(250, session.testSet().size());
  }

  @Test
  void theSameDocumentReplaysTheSameLossHistoryBitForBit() {
    Session first = ExperimentSessions.create(parse(SPEC_EXAMPLE), null);
    Session second = ExperimentSessions.create(parse(SPEC_EXAMPLE), null);
    first.run(50);
    second.run(50);
    assertArrayEquals(first.history().trainLosses().toArray(),
        second.history().trainLosses().toArray());
    assertArrayEquals(first.history().testLosses().toArray(),
        second.history().testLosses().toArray());
  }

  @Test
  void theEpochLimitOfTheDocumentFinishesTheRun() {
    String json = SPEC_EXAMPLE.replace("\"epochs\": 1000", "\"epochs\": 5");
    Session session = ExperimentSessions.create(parse(json), null);
    assertEquals(Status.FINISHED, session.run(100));
    assertEquals(5, session.epoch());
  }

  @Test
  void explicitInitialWeightsAreUsedExactly() {
    String json = "{\"schemaVersion\": 1, \"kind\": \"network\", \"seed\": 1,"
        + " \"data\": {\"source\": \"xor-table\"},"
        + " \"network\": {\"hidden\": [{\"units\": 3, \"activation\": \"tanh\"}],"
        + " \"output\": \"softmax\", \"loss\": \"cross-entropy\", \"init\": \"glorot\","
        + " \"weights\": [[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], [[0.7, -0.8], [0.9, 1.0],"
        + " [-1.1, 1.2]]], \"biases\": [[0.01, 0.02, 0.03], [0.04, -0.05]]},"
        + " \"training\": {\"optimizer\": \"sgd\", \"learningRate\": 0.1, \"batchSize\": 0,"
        + " \"epochs\": 10, \"regularization\": \"none\", \"regularizationRate\": 0}}";
    Session session = ExperimentSessions.create(parse(json), null);
    assertArrayEquals(new double[] {0.1, -0.2, 0.3, 0.4, 0.5, -0.6},
        session.network().weights(0));
    assertArrayEquals(new double[] {0.7, -0.8, 0.9, 1.0, -1.1, 1.2},
        session.network().weights(1));
    assertArrayEquals(new double[] {0.04, -0.05}, session.network().biases(1));
  }

  @Test
  void optimizerHyperparametersFromTheDocumentReachTheOptimizer() {
    String json = SPEC_EXAMPLE.replace("\"optimizer\": \"sgd\", \"learningRate\": 0.03",
        "\"optimizer\": \"adam\", \"beta1\": 0.5, \"learningRate\": 0.03");
    Session session = ExperimentSessions.create(parse(json), null);
    Adam adam = (Adam) session.trainer().optimizer();
    assertEquals(0.5, adam.beta1());
    assertEquals(0.999, adam.beta2());
  }

  @Test
  void theArticleXorExperimentLearnsXor() {
    Session session = ExperimentSessions.create(ExperimentDefaults.xorArticle(), null);
    session.run(5000);
    assertEquals(1.0, session.evaluateTrain().accuracy());
  }

  @Test
  void pointsGivenInTheDocumentAreTrainedInThePlaneWithFeatures() {
    String json = "{\"schemaVersion\": 1, \"kind\": \"network\", \"seed\": 3,"
        + " \"data\": {\"source\": \"points\", \"trainFraction\": 0.5, \"rows\":"
        + " [[1, 1, 0], [2, 2, 0], [1.5, 2.5, 0], [2.5, 1.5, 0],"
        + " [-1, -1, 1], [-2, -2, 1], [-1.5, -2.5, 1], [-2.5, -1.5, 1]]},"
        + " \"features\": [\"x1\", \"x2\", \"x1*x2\"],"
        + " \"network\": {\"hidden\": [], \"output\": \"tanh\", \"loss\": \"mse\","
        + " \"init\": \"glorot\"},"
        + " \"training\": {\"optimizer\": \"sgd\", \"learningRate\": 0.1, \"batchSize\": 0,"
        + " \"epochs\": 200, \"regularization\": \"none\", \"regularizationRate\": 0}}";
    Session session = ExperimentSessions.create(parse(json), null);
    assertEquals(3, session.network().inputSize());
    assertEquals(4, session.trainSet().size());
    assertTrue(session.features() != null, "points get the plane's features and grid");
    session.run(200);
    assertEquals(1.0, session.evaluateTrain().accuracy());
  }
}
