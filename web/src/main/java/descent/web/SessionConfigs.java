package descent.web;

import descent.engine.experiment.DataSpec;
import descent.engine.experiment.HiddenLayer;
import descent.engine.experiment.InitialParameters;
import descent.engine.experiment.InputFeature;
import descent.engine.experiment.LearningRateSchedule;
import descent.engine.experiment.NetworkExperiment;
import descent.engine.experiment.NetworkSpec;
import descent.engine.experiment.StopCriteria;
import descent.engine.experiment.TrainingSpec;
import descent.engine.session.SessionConfig;
import java.util.List;

/** Maps a validated experiment document onto the engine's session configuration, field by field. */
final class SessionConfigs {
  private SessionConfigs() {
  }

  static SessionConfig of(NetworkExperiment experiment, String dataText) {
    SessionConfig config = new SessionConfig().seed(experiment.getSeed());
    DataSpec data = experiment.getData();
    String source = data.getSource().jsonName();
    config.dataset(source);
    if (data.getPoints().isPresent()) {
      config.points(data.getPoints().get());
    }
    if (data.getNoise().isPresent()) {
      config.noise(data.getNoise().get());
    }
    if (data.getTrainFraction().isPresent()) {
      config.trainFraction(data.getTrainFraction().get());
    }
    if (data.getCsv().isPresent()) {
      config.dataText(data.getCsv().get());
    } else if (dataText != null && !dataText.isEmpty()) {
      config.dataText(dataText);
    }
    if (data.getLabelColumn().isPresent()) {
      config.labelColumn(data.getLabelColumn().get());
    }
    if (data.getStandardize().isPresent()) {
      config.standardize(data.getStandardize().get());
    }
    List<InputFeature> features = experiment.getFeatures();
    if (!features.isEmpty()) {
      String[] ids = new String[features.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = features.get(i).jsonName();
      }
      config.features(ids);
    }

    NetworkSpec network = experiment.getNetwork();
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
    if (network.getInitialParameters().isPresent()) {
      InitialParameters initial = network.getInitialParameters().get();
      double[][][] weights = new double[initial.getLayerCount()][][];
      double[][] biases = new double[initial.getLayerCount()][];
      for (int l = 0; l < weights.length; l++) {
        weights[l] = initial.getWeights(l);
        biases[l] = initial.getBiases(l);
      }
      config.initialParameters(weights, biases);
    }

    TrainingSpec training = experiment.getTraining();
    config.optimizer(training.getOptimizer().getType().jsonName())
        .learningRate(training.getOptimizer().getLearningRate())
        .batchSize(training.getBatchSize())
        .regularization(training.getRegularization().jsonName(), training.getRegularizationRate());
    if (training.getClipNorm().isPresent()) {
      config.clipNorm(training.getClipNorm().get());
    }
    if (training.getSchedule().isPresent()) {
      LearningRateSchedule schedule = training.getSchedule().get();
      config.schedule(schedule.getType().jsonName(), schedule.getEvery().orElse(100),
          schedule.getGamma().orElse(0.5), schedule.getMinLearningRate().orElse(0.0),
          schedule.getPeriod().orElse(100));
    }
    double targetLoss = 0;
    double gradientNorm = 0;
    if (training.getStop().isPresent()) {
      StopCriteria stop = training.getStop().get();
      targetLoss = stop.getTargetLoss().orElse(0.0);
      gradientNorm = stop.getGradientNorm().orElse(0.0);
    }
    config.stopping(training.getEpochs(), targetLoss, gradientNorm);
    return config;
  }
}
