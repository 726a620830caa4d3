package descent.engine.session;

import descent.engine.data.Dataset;
import descent.engine.data.FeatureMap;
import descent.engine.data.RawData;
import descent.engine.data.Standardizer;
import descent.engine.data.TargetEncoding;
import descent.engine.inspect.ExampleInspection;
import descent.engine.inspect.GridEvaluator;
import descent.engine.metrics.Evaluator;
import descent.engine.metrics.History;
import descent.engine.nn.Activation;
import descent.engine.nn.Gradients;
import descent.engine.nn.Initializer;
import descent.engine.nn.InitialParameters;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;
import descent.engine.optim.OptimizerParameters;
import descent.engine.optim.Optimizers;
import descent.engine.random.SeededRandom;
import descent.engine.train.DivergenceDetector;
import descent.engine.train.LearningRateSchedule;
import descent.engine.train.LearningRateSchedules;
import descent.engine.train.Regularization;
import descent.engine.train.Status;
import descent.engine.train.StoppingRule;
import descent.engine.train.Trainer;

/**
 * One training run for the page and the server: data, network, trainer, stopping rule and
 * history, built from a {@link SessionConfig}. Randomness derives from the config's seed s:
 * data generation uses s, the split s + 1, initial weights s + 2, the per-epoch shuffle s + 3,
 * so the same config replays the same run bit for bit on every platform.
 *
 * <p>Each {@link #step()} trains one epoch, checks the stopping rule and records a history row.
 * Hyperparameters can change between steps without resetting anything.
 */
public final class Session {
  private final PreparedData data;
  private final Network network;
  private final Trainer trainer;
  private final Evaluator trainEvaluator;
  private final Evaluator testEvaluator;
  private final History history = new History();
  private final double initialLoss;
  private final DivergenceDetector divergence;
  private StoppingRule stoppingRule;
  private ExampleInspection inspection;
  private GridEvaluator gridEvaluator;
  private Status status = Status.TRAINING;
  private boolean testEveryEpoch = true;

  private Session(SessionConfig config) {
    Activation output = Activation.fromId(config.outputActivation);
    Loss loss = Loss.fromId(config.loss);
    loss.requireCompatible(output);
    data = PreparedData.prepare(config, output, config.seed);
    network = buildNetwork(config, output, data.train.inputSize(), data.encoding.outputSize());
    trainer = new Trainer(network, loss, Optimizers.create(config.optimizer, config.optimizerParameters), data.train,
        config.learningRate, config.batchSize, config.seed + 3);
    trainer.setSchedule(schedule(config));
    trainer.setRegularization(Regularization.fromId(config.regularization),
        config.regularizationRate);
    trainer.setClipNorm(config.clipNorm);
    stoppingRule = new StoppingRule(config.maxEpochs, config.targetLoss, config.gradientEpsilon);
    trainEvaluator = new Evaluator(network, loss, data.encoding);
    testEvaluator = new Evaluator(network, loss, data.encoding);
    initialLoss = evaluateTrain().meanLoss();
    testEvaluator.evaluate(data.test);
    history.record(0, trainer.learningRate(), initialLoss, testEvaluator.meanLoss(),
        testEvaluator.accuracy(), Double.NaN);
    divergence = new DivergenceDetector(initialLoss);
    if (divergence.isExploded(initialLoss)) {
      status = Status.DIVERGED;
    }
  }

  /** Builds and validates a session; every error names the offending parameter. */
  public static Session create(SessionConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    return new Session(config);
  }

  private static Network buildNetwork(SessionConfig config, Activation output, int inputs,
      int outputs) {
    int hidden = config.hiddenSizes.length;
    if (config.hiddenActivations.length != hidden) {
      throw new IllegalArgumentException("hiddenActivations: " + hidden
          + " hidden layers need as many activations (got " + config.hiddenActivations.length
          + ")");
    }
    int[] sizes = new int[hidden + 2];
    Activation[] activations = new Activation[hidden + 1];
    sizes[0] = inputs;
    for (int l = 0; l < hidden; l++) {
      sizes[l + 1] = config.hiddenSizes[l];
      activations[l] = Activation.fromId(config.hiddenActivations[l]);
    }
    sizes[hidden + 1] = outputs;
    activations[hidden] = output;
    Network network = new Network(sizes, activations);
    if (config.initialWeights != null || config.initialBiases != null) {
      InitialParameters.apply(network, config.initialWeights, config.initialBiases);
    } else {
      Initializer.fromId(config.initializer).initialize(network,
          new SeededRandom(config.seed + 2));
    }
    return network;
  }

  private static LearningRateSchedule schedule(SessionConfig config) {
    String id = config.schedule;
    if ("constant".equals(id)) {
      return LearningRateSchedules.constant();
    } else if ("step".equals(id)) {
      return LearningRateSchedules.stepDecay(config.scheduleEvery, config.scheduleGamma);
    } else if ("exponential".equals(id)) {
      return LearningRateSchedules.exponential(config.scheduleGamma);
    } else if ("cosine".equals(id)) {
      return LearningRateSchedules.cosine(config.scheduleMinRate, config.schedulePeriod);
    } else if ("cyclical".equals(id)) {
      return LearningRateSchedules.cyclical(config.scheduleMinRate, config.schedulePeriod);
    }
    throw new IllegalArgumentException("schedule: unknown id '" + id
        + "' (expected constant, step, exponential, cosine or cyclical)");
  }

  /**
   * Trains one epoch unless training has stopped, then checks the stopping rule and, unless the
   * run diverged, records the epoch in the history.
   *
   * @return the status after the epoch
   */
  public Status step() {
    if (status.isFinal()) {
      return status;
    }
    trainer.trainEpoch();
    return finishEpoch();
  }

  /**
   * Trains one mini-batch unless training has stopped; when that batch completes an epoch, the
   * epoch is checked and recorded exactly as {@link #step()} does.
   *
   * @return the status after the batch
   */
  public Status stepBatch() {
    if (status.isFinal()) {
      return status;
    }
    return trainer.trainBatch() ? finishEpoch() : status;
  }

  private Status finishEpoch() {
    double trainLoss = trainer.lastEpochLoss();
    double gradientNorm = Double.NaN;
    if (stoppingRule.needsGradientNorm()) {
      gradientNorm = trainer.isFullBatch() ? trainer.lastGradientNorm()
          : trainer.fullBatchGradientNorm();
    }
    if (divergence.observe(trainLoss)) {
      status = Status.DIVERGED;
      return status;
    }
    status = stoppingRule.check(trainer.epoch(), trainLoss, gradientNorm);
    double testLoss = Double.NaN;
    double testAccuracy = Double.NaN;
    if (testEveryEpoch) {
      testEvaluator.evaluate(data.test);
      testLoss = testEvaluator.meanLoss();
      testAccuracy = testEvaluator.accuracy();
    }
    history.record(trainer.epoch(), trainer.currentLearningRate(), trainLoss, testLoss,
        testAccuracy, trainer.lastGradientNorm());
    return status;
  }

  /**
   * Whether each epoch also evaluates the test set into the history (the default, for headless
   * runs and exports). The playground turns it off: it reads exact metrics once per animation
   * frame ({@link #evaluateTest()}), so an epoch costs only its training pass, and history rows
   * then carry NaN as test loss and test accuracy. Training itself is the same either way.
   */
  public void setTestEveryEpoch(boolean testEveryEpoch) {
    this.testEveryEpoch = testEveryEpoch;
  }

  /** Up to the given number of epochs, stopping early when training stops. */
  public Status run(int epochs) {
    for (int i = 0; i < epochs && !status.isFinal(); i++) {
      step();
    }
    return status;
  }

  public Status status() {
    return status;
  }

  /** Epochs trained. */
  public int epoch() {
    return trainer.epoch();
  }

  public History history() {
    return history;
  }

  public Network network() {
    return network;
  }

  public Trainer trainer() {
    return trainer;
  }

  /** Network-ready training set (features, scaling and targets applied). */
  public Dataset trainSet() {
    return data.train;
  }

  public Dataset testSet() {
    return data.test;
  }

  /** Training examples before features and scaling, e.g. the points to plot. */
  public RawData rawTrain() {
    return data.rawTrain;
  }

  public RawData rawTest() {
    return data.rawTest;
  }

  /** Input features for 2-D data, null for table data. */
  public FeatureMap features() {
    return data.features;
  }

  /** The training set's scaling, or null when inputs are not standardised. */
  public Standardizer standardizer() {
    return data.standardizer;
  }

  public TargetEncoding targetEncoding() {
    return data.encoding;
  }

  /** The training loss before the first update. */
  public double initialLoss() {
    return initialLoss;
  }

  /** Evaluates the current network on the training set (loss, accuracy, confusion, RMSE, R^2). */
  public Evaluator evaluateTrain() {
    trainEvaluator.evaluate(data.train);
    return trainEvaluator;
  }

  /** Evaluates the current network on the test set. */
  public Evaluator evaluateTest() {
    testEvaluator.evaluate(data.test);
    return testEvaluator;
  }

  /** Forward and backward pass of training example i, for the step-by-step view. */
  public ExampleInspection inspectTrainExample(int index) {
    if (index < 0 || index >= data.train.size()) {
      throw new IllegalArgumentException("index must be in [0, " + data.train.size() + ") (was "
          + index + ")");
    }
    if (inspection == null) {
      inspection = new ExampleInspection(network, trainer.loss());
    }
    inspection.inspect(data.train.inputs(), index * data.train.inputSize(),
        data.train.targets(), index * data.train.targetSize());
    return inspection;
  }

  /** The last applied change of every parameter (new minus old). */
  public Gradients lastUpdate() {
    return trainer.lastUpdate();
  }

  /** Heatmap and thumbnail evaluation over a grid; 2-D data only. */
  public GridEvaluator gridEvaluator() {
    if (data.features == null) {
      throw new IllegalStateException("grid evaluation needs 2-D data");
    }
    if (gridEvaluator == null) {
      gridEvaluator = new GridEvaluator(network, data.features, data.standardizer);
    }
    return gridEvaluator;
  }

  public void setLearningRate(double rate) {
    trainer.setLearningRate(rate);
  }

  public void setBatchSize(int size) {
    trainer.setBatchSize(size);
  }

  /** Switches optimizer by id and hyperparameters; the new optimizer starts with empty state. */
  public void setOptimizer(String id, OptimizerParameters parameters) {
    trainer.setOptimizer(Optimizers.create(id, parameters));
  }

  /** Switches optimizer by id; the new optimizer starts with empty state. */
  public void setOptimizer(String id) {
    trainer.setOptimizer(Optimizers.create(id));
  }

  public void setSchedule(LearningRateSchedule schedule) {
    trainer.setSchedule(schedule);
  }

  public void setRegularization(String id, double lambda) {
    trainer.setRegularization(Regularization.fromId(id), lambda);
  }

  public void setClipNorm(double maxNorm) {
    trainer.setClipNorm(maxNorm);
  }

  /** New stopping criteria; a finished or converged run may continue when they allow it. */
  public void setStoppingRule(StoppingRule rule) {
    if (rule == null) {
      throw new IllegalArgumentException("rule must not be null");
    }
    stoppingRule = rule;
    if (status != Status.DIVERGED) {
      status = Status.TRAINING;
    }
  }
}
