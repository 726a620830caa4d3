package descent.engine.session;

import descent.engine.experiment.DataSource;
import descent.engine.experiment.DataSpec;
import descent.engine.experiment.HiddenLayer;
import descent.engine.experiment.InitialParameters;
import descent.engine.experiment.InputFeature;
import descent.engine.experiment.LearningRateSchedule;
import descent.engine.experiment.NetworkExperiment;
import descent.engine.experiment.NetworkSpec;
import descent.engine.experiment.OptimizerSpec;
import descent.engine.experiment.StopCriteria;
import descent.engine.experiment.TrainingSpec;
import descent.engine.optim.OptimizerParameters;
import java.util.List;

/**
 * Turns a validated network experiment document into a session configuration, so the page, the
 * headless runner and the benchmarks all replay a document through the same mapping.
 */
public final class ExperimentSessions {
  private ExperimentSessions() {
  }

  /**
   * The session configuration of an experiment.
   *
   * @param dataText the CSV text of a bundled set (iris, wine, digits decompressed); ignored for
   *     generated data, and for csv and inline sources, which carry their own rows
   */
  public static SessionConfig toConfig(NetworkExperiment experiment, String dataText) {
    if (experiment == null) {
      throw new IllegalArgumentException("experiment must not be null");
    }
    SessionConfig config = new SessionConfig().seed(experiment.getSeed());
    applyData(config, experiment.getData(), dataText);
    if (experiment.getData().getSource().isPlane()) {
      config.features(featureIds(experiment.getFeatures()));
    }
    applyNetwork(config, experiment.getNetwork());
    applyTraining(config, experiment.getTraining());
    return config;
  }

  /** A session ready to train, as {@link #toConfig} describes. */
  public static Session create(NetworkExperiment experiment, String dataText) {
    return Session.create(toConfig(experiment, dataText));
  }

  private static void applyData(SessionConfig config, DataSpec data, String dataText) {
    DataSource source = data.getSource();
    if (source == DataSource.INLINE) {
      config.dataset("csv").dataText(rowsAsCsv(data.getRows().orElseThrow()));
    } else if (source == DataSource.POINTS) {
      config.dataset("points").dataText(rowsAsCsv(data.getRows().orElseThrow()));
    } else {
      config.dataset(source.jsonName());
      if (source == DataSource.CSV) {
        config.dataText(data.getCsv().orElseThrow());
      } else if (dataText != null) {
        config.dataText(dataText);
      }
    }
    data.getLabelColumn().ifPresent(config::labelColumn);
    data.getPoints().ifPresent(config::points);
    data.getNoise().ifPresent(config::noise);
    data.getTrainFraction().ifPresent(config::trainFraction);
    data.getStandardize().ifPresent(config::standardize);
  }

  private static String rowsAsCsv(double[][] rows) {
    StringBuilder csv = new StringBuilder();
    for (double[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        if (j > 0) {
          csv.append(',');
        }
        csv.append(row[j]);
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  private static String[] featureIds(List<InputFeature> features) {
    String[] ids = new String[features.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = features.get(i).jsonName();
    }
    return ids;
  }

  private static void applyNetwork(SessionConfig config, NetworkSpec network) {
    List<HiddenLayer> hidden = network.getHidden();
    int[] sizes = new int[hidden.size()];
    String[] activations = new String[hidden.size()];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = hidden.get(l).getUnits();
      activations[l] = hidden.get(l).getActivation().jsonName();
    }
    config.hidden(sizes, activations)
        .output(network.getOutput().jsonName())
        .loss(network.getLoss().jsonName())
        .initializer(network.getInit().jsonName());
    network.getInitialParameters().ifPresent(initial -> applyInitial(config, initial));
  }

  private static void applyInitial(SessionConfig config, InitialParameters initial) {
    int layers = initial.getLayerCount();
    double[][][] weights = new double[layers][][];
    double[][] biases = new double[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = initial.getWeights(l);
      biases[l] = initial.getBiases(l);
    }
    config.initialParameters(weights, biases).outputSize(biases[layers - 1].length);
  }

  private static void applyTraining(SessionConfig config, TrainingSpec training) {
    OptimizerSpec optimizer = training.getOptimizer();
    OptimizerParameters parameters = OptimizerParameters.DEFAULTS;
    if (optimizer.getMomentum().isPresent()) {
      parameters = parameters.momentum(optimizer.getMomentum().get());
    }
    if (optimizer.getBeta1().isPresent()) {
      parameters = parameters.beta1(optimizer.getBeta1().get());
    }
    if (optimizer.getBeta2().isPresent()) {
      parameters = parameters.beta2(optimizer.getBeta2().get());
    }
    if (optimizer.getEpsilon().isPresent()) {
      parameters = parameters.epsilon(optimizer.getEpsilon().get());
    }
    if (optimizer.getRho().isPresent()) {
      parameters = parameters.rho(optimizer.getRho().get());
    }
    config.optimizer(optimizer.getType().jsonName())
        .optimizerParameters(parameters)
        .learningRate(optimizer.getLearningRate())
        .batchSize(training.getBatchSize())
        .regularization(training.getRegularization().jsonName(),
            training.getRegularizationRate());
    training.getClipNorm().ifPresent(config::clipNorm);
    training.getSchedule().ifPresent(schedule -> applySchedule(config, schedule));
    StopCriteria stop = training.getStop().orElse(new StopCriteria(null, null));
    config.stopping(training.getEpochs(), stop.getTargetLoss().orElse(0.0),
        stop.getGradientNorm().orElse(0.0));
  }

  private static void applySchedule(SessionConfig config, LearningRateSchedule schedule) {
    config.schedule(schedule.getType().jsonName(), schedule.getEvery().orElse(100),
        schedule.getGamma().orElse(0.5), schedule.getMinLearningRate().orElse(0.0),
        schedule.getPeriod().orElse(100));
  }
}
