package descent.server.runner;

import descent.engine.experiment.NetworkExperiment;
import descent.engine.experiment.StopCriteria;
import descent.engine.experiment.TrainingSpec;
import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;
import descent.engine.jvm.BundledDataLoader;
import descent.engine.metrics.History;
import descent.engine.nn.Network;
import descent.engine.session.ExperimentSessions;
import descent.engine.session.Session;
import descent.engine.session.SessionConfig;
import descent.engine.train.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a network experiment on the JVM through the same mapping the page uses
 * (ExperimentSessions), so the same seed gives the same numbers.
 */
final class NetworkRun {
  private NetworkRun() {
  }

  static JsonObject run(NetworkExperiment experiment, Integer epochsOverride) {
    String source = experiment.getData().getSource().jsonName();
    String dataText = isBundled(source) ? BundledDataLoader.text(source) : null;
    SessionConfig config = ExperimentSessions.toConfig(experiment, dataText);
    TrainingSpec training = experiment.getTraining();
    int epochs = epochsOverride != null ? epochsOverride : training.getEpochs();
    if (epochsOverride != null) {
      StopCriteria stop = training.getStop().orElse(new StopCriteria(null, null));
      config.stopping(epochs, stop.getTargetLoss().orElse(0.0), stop.getGradientNorm().orElse(0.0));
    }
    Session session = Session.create(config);
    Status status = session.run(epochs);
    // The epoch budget is spent without converging: that is "finished", not "training".
    String statusId = status == Status.TRAINING ? Status.FINISHED.id() : status.id();

    double trainLoss = session.evaluateTrain().meanLoss();
    double trainAccuracy = session.evaluateTrain().accuracy();
    double testLoss = session.testSet().size() > 0 ? session.evaluateTest().meanLoss() : Double.NaN;
    double testAccuracy = session.testSet().size() > 0 ? session.evaluateTest().accuracy() : Double.NaN;

    JsonObject.Builder report = JsonObject.builder()
        .put("status", statusId)
        .put("epochs", session.epoch())
        .put("trainLoss", JsonNumbers.of(trainLoss));
    putIfFinite(report, "testLoss", testLoss);
    putIfFinite(report, "trainAccuracy", trainAccuracy);
    putIfFinite(report, "testAccuracy", testAccuracy);
    report.put("history", history(session.history()));
    Network network = session.network();
    List<JsonValue> weights = new ArrayList<>();
    List<JsonValue> biases = new ArrayList<>();
    for (int layer = 0; layer < network.layerCount(); layer++) {
      weights.add(matrix(network.weights(layer), network.fanIn(layer), network.fanOut(layer)));
      biases.add(JsonNumbers.array(network.biases(layer)));
    }
    return report.put("weights", JsonArray.of(weights)).put("biases", JsonArray.of(biases)).build();
  }

  private static boolean isBundled(String source) {
    return source.equals("iris") || source.equals("wine") || source.equals("digits");
  }

  /** Accuracy applies to classification only, test figures only when there is a test split. */
  private static void putIfFinite(JsonObject.Builder report, String name, double value) {
    if (Double.isFinite(value)) {
      report.put(name, value);
    }
  }

  private static JsonObject history(History history) {
    return JsonObject.builder()
        .put("trainLoss", JsonNumbers.array(history.trainLosses().toArray()))
        .put("testLoss", JsonNumbers.array(history.testLosses().toArray()))
        .build();
  }

  /** Row-major fan_in x fan_out, as the engine stores it and the seed article writes it. */
  private static JsonArray matrix(double[] flat, int rows, int columns) {
    List<JsonValue> result = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      double[] row = new double[columns];
      System.arraycopy(flat, r * columns, row, 0, columns);
      result.add(JsonNumbers.array(row));
    }
    return JsonArray.of(result);
  }
}
