package descent.engine.session;

import descent.engine.optim.OptimizerParameters;

/**
 * Everything that defines a run, as plain values and document ids, with Playground-like defaults
 * (spiral, 500 points, half for training, x1 and x2, no hidden layer, tanh output, mse, sgd,
 * learning rate 0.03, batch 10, seed 1). Fluent setters; {@link Session#create} validates.
 * The JSON experiment model maps onto these fields one to one.
 */
public final class SessionConfig {
  String dataset = "spiral";
  String dataText;
  int labelColumn = -1;
  int points = 500;
  double noise;
  double trainFraction = 0.5;
  String[] features = {"x1", "x2"};
  Boolean standardize;
  int[] hiddenSizes = {};
  String[] hiddenActivations = {};
  String outputActivation = "tanh";
  int outputSize;
  String loss = "mse";
  String initializer = "glorot";
  double[][][] initialWeights;
  double[][] initialBiases;
  String optimizer = "sgd";
  OptimizerParameters optimizerParameters = OptimizerParameters.DEFAULTS;
  double learningRate = 0.03;
  int batchSize = 10;
  String schedule = "constant";
  int scheduleEvery = 100;
  double scheduleGamma = 0.5;
  double scheduleMinRate;
  int schedulePeriod = 100;
  String regularization = "none";
  double regularizationRate;
  double clipNorm;
  int maxEpochs;
  double targetLoss;
  double gradientEpsilon;
  long seed = 1;

  /**
   * Data set id: 2-D generators {@code circle, xor, gauss, spiral, moons, checkerboard, plane,
   * multi-gauss, sine}; {@code xor-table} (the article's four points); {@code points} (2-D points given as text); real sets {@code iris,
   * wine, digits} and {@code csv}, which need {@link #dataText}.
   */
  public SessionConfig dataset(String id) {
    this.dataset = id;
    return this;
  }

  /**
   * The CSV text of iris, wine, digits (decompressed) or a custom file; for {@code points}, rows
   * x1, x2, label of points in the plane.
   */
  public SessionConfig dataText(String text) {
    this.dataText = text;
    return this;
  }

  /** For csv: the label column, 0-based, -1 for the last. */
  public SessionConfig labelColumn(int column) {
    this.labelColumn = column;
    return this;
  }

  /** For 2-D generators: number of points. */
  public SessionConfig points(int count) {
    this.points = count;
    return this;
  }

  /** For 2-D generators: noise in [0, 0.5]. */
  public SessionConfig noise(double noise) {
    this.noise = noise;
    return this;
  }

  /** Fraction of examples used for training, in (0, 1]. */
  public SessionConfig trainFraction(double fraction) {
    this.trainFraction = fraction;
    return this;
  }

  /** For 2-D data: feature ids such as {@code "x1", "x2", "sin(x1)"}. */
  public SessionConfig features(String... ids) {
    this.features = ids.clone();
    return this;
  }

  /** Z-score inputs with training statistics; null (default): yes for iris/wine/digits/csv. */
  public SessionConfig standardize(Boolean standardize) {
    this.standardize = standardize;
    return this;
  }

  /** Hidden layer widths and one activation id per hidden layer. */
  public SessionConfig hidden(int[] sizes, String... activations) {
    this.hiddenSizes = sizes.clone();
    if (activations.length == 1 && sizes.length > 1) {
      this.hiddenActivations = new String[sizes.length];
      java.util.Arrays.fill(this.hiddenActivations, activations[0]);
    } else {
      this.hiddenActivations = activations.clone();
    }
    return this;
  }

  /** Output activation id: linear, sigmoid, tanh or softmax. */
  public SessionConfig output(String activation) {
    this.outputActivation = activation;
    return this;
  }

  /** Output units; 0 (default) picks 1 for regression and two classes, else the class count. */
  public SessionConfig outputSize(int units) {
    this.outputSize = units;
    return this;
  }

  /** Loss id: mse, binary-cross-entropy or cross-entropy. */
  public SessionConfig loss(String id) {
    this.loss = id;
    return this;
  }

  /** Initializer id: glorot, he, uniform or zeros. */
  public SessionConfig initializer(String id) {
    this.initializer = id;
    return this;
  }

  /** Explicit starting parameters, weights[l][i][j] (fan_in x fan_out) and biases[l][j]. */
  public SessionConfig initialParameters(double[][][] weights, double[][] biases) {
    this.initialWeights = weights;
    this.initialBiases = biases;
    return this;
  }

  /** Optimizer id: sgd, momentum, nesterov, adagrad, rmsprop or adam. */
  public SessionConfig optimizer(String id) {
    this.optimizer = id;
    return this;
  }

  /** Hyperparameters of the optimizer (momentum, betas, epsilon, rho); defaults otherwise. */
  public SessionConfig optimizerParameters(OptimizerParameters parameters) {
    if (parameters == null) {
      throw new IllegalArgumentException("optimizerParameters must not be null");
    }
    this.optimizerParameters = parameters;
    return this;
  }

  public SessionConfig learningRate(double rate) {
    this.learningRate = rate;
    return this;
  }

  /** 0 full batch, 1 per example, else mini-batch size. */
  public SessionConfig batchSize(int size) {
    this.batchSize = size;
    return this;
  }

  /**
   * Schedule id (constant, step, exponential, cosine, cyclical) and its parameters: every
   * (step: epochs between decays), gamma (step, exponential), minRate (cosine, cyclical), period
   * (cosine: epochs per period; cyclical: epochs per half cycle).
   */
  public SessionConfig schedule(String id, int every, double gamma, double minRate, int period) {
    this.schedule = id;
    this.scheduleEvery = every;
    this.scheduleGamma = gamma;
    this.scheduleMinRate = minRate;
    this.schedulePeriod = period;
    return this;
  }

  /** Regularization id (none, l1, l2) and strength lambda. */
  public SessionConfig regularization(String id, double lambda) {
    this.regularization = id;
    this.regularizationRate = lambda;
    return this;
  }

  /** Global gradient-norm clipping threshold, 0 for none. */
  public SessionConfig clipNorm(double maxNorm) {
    this.clipNorm = maxNorm;
    return this;
  }

  /** Stopping: epoch limit (0 none), target training loss (0 none), gradient epsilon (0 none). */
  public SessionConfig stopping(int maxEpochs, double targetLoss, double gradientEpsilon) {
    this.maxEpochs = maxEpochs;
    this.targetLoss = targetLoss;
    this.gradientEpsilon = gradientEpsilon;
    return this;
  }

  /** The experiment's seed: data, split, initial weights and shuffling all derive from it. */
  public SessionConfig seed(long seed) {
    this.seed = seed;
    return this;
  }
}
