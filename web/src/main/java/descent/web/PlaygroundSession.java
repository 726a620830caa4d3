package descent.web;

import descent.engine.data.BundledDataSets;
import descent.engine.data.Dataset;
import descent.engine.data.RawData;
import descent.engine.data.Standardizer;
import descent.engine.experiment.NetworkExperiment;
import descent.engine.inspect.Grid;
import descent.engine.inspect.GridEvaluator;
import descent.engine.metrics.Evaluator;
import descent.engine.metrics.History;
import descent.engine.nn.Activation;
import descent.engine.nn.Gradients;
import descent.engine.nn.MiniBatch;
import descent.engine.nn.Network;
import descent.engine.optim.OptimizerParameters;
import descent.engine.session.ExperimentSessions;
import descent.engine.session.Session;
import descent.engine.train.LearningRateSchedule;
import descent.engine.train.LearningRateSchedules;
import descent.engine.train.Status;
import descent.engine.train.StoppingRule;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * One training run as the page sees it: a thin shell over the engine's {@link Session}. Calls per
 * frame are few: {@link #train} then {@link #metrics} (every read-out in one array), and whole
 * buffers for the grid, parameters, gradients and last update. Buffers are allocated once per
 * shape and reused.
 */
public final class PlaygroundSession {
  /** Page order of statuses in {@link #metrics}: running, converged, diverged, finished. */
  private static final Status[] STATUS_ORDER = {Status.TRAINING, Status.CONVERGED,
      Status.DIVERGED, Status.FINISHED};
  private static final double PLOT_MARGIN = 0.08;

  private final Session session;
  private final Network network;
  private final double[] metrics = new double[9];
  private int metricsEpoch = -1;
  private final double[] parameters;
  private final double[] gradientBuffer;
  private final double[] updateBuffer;
  private Gradients gradients;
  private MiniBatch gradientBlock;
  private double[] grid;
  private int gridResolution;
  private final Float64Handover gridHandover = new Float64Handover();

  /** Column names of a bundled data set, or null when inputs are features or unnamed columns. */
  private final String[] columnNames;

  private PlaygroundSession(Session session, String[] columnNames) {
    this.session = session;
    // metrics() evaluates the test set once per frame; a per-epoch pass would only be discarded.
    session.setTestEveryEpoch(false);
    this.columnNames = columnNames;
    this.network = session.network();
    int count = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      count += network.weights(l).length + network.biases(l).length;
    }
    parameters = new double[count];
    gradientBuffer = new double[count];
    updateBuffer = new double[count];
  }

  static PlaygroundSession create(NetworkExperiment experiment, String dataText) {
    return new PlaygroundSession(ExperimentSessions.create(experiment, dataText),
        BundledDataSets.featureNames(experiment.getData().getSource().jsonName()));
  }

  /** Trains up to the given number of epochs, fewer when a stopping rule fires; returns how many. */
  @JSExport
  public int train(int epochs) {
    int done = 0;
    while (done < epochs && !session.status().isFinal()) {
      session.step();
      done++;
    }
    return done;
  }

  /**
   * Trains one mini-batch (stochastic gradient descent's single step); an epoch that it
   * completes is recorded like any other.
   *
   * @return how many training examples of the current epoch are done (0: the epoch completed)
   */
  @JSExport
  public int trainBatch() {
    session.stepBatch();
    metricsEpoch = -1;
    return session.trainer().examplesIntoEpoch();
  }

  /** Number of training examples, the length of an epoch. */
  @JSExport
  public int trainSize() {
    return session.trainSet().size();
  }

  /**
   * Every read-out at once: epoch, training loss, test loss, training accuracy, test accuracy,
   * last gradient norm, current learning rate, status (0 running, 1 converged, 2 diverged,
   * 3 finished), batch size. Losses are of the current weights over the whole set.
   */
  @JSExport
  public double[] metrics() {
    int epoch = session.epoch();
    if (epoch != metricsEpoch) {
      Evaluator train = session.evaluateTrain();
      metrics[1] = train.meanLoss();
      metrics[3] = train.accuracy();
      Evaluator test = session.evaluateTest();
      metrics[2] = test.meanLoss();
      metrics[4] = test.accuracy();
      metricsEpoch = epoch;
    }
    metrics[0] = epoch;
    History history = session.history();
    metrics[5] = history.size() > 0 ? history.gradientNorms().get(history.size() - 1) : Double.NaN;
    metrics[6] = session.trainer().currentLearningRate();
    Status status = session.status();
    for (int i = 0; i < STATUS_ORDER.length; i++) {
      if (STATUS_ORDER[i] == status) {
        metrics[7] = i;
      }
    }
    metrics[8] = session.trainer().batchSize();
    return metrics;
  }

  /** Input size, each hidden width, output size. */
  @JSExport
  public double[] layerSizes() {
    double[] sizes = new double[network.layerCount() + 1];
    sizes[0] = network.inputSize();
    for (int l = 0; l < network.layerCount(); l++) {
      sizes[l + 1] = network.fanOut(l);
    }
    return sizes;
  }

  @JSExport
  public int classCount() {
    return session.rawTrain().classCount();
  }

  @JSExport
  public boolean isRegression() {
    return !session.rawTrain().isClassification();
  }

  /** Whether the data is 2-D, so the output and every neuron can be drawn over the plane. */
  @JSExport
  public boolean plotDimensions() {
    return session.features() != null;
  }

  /** The network's input names, one per line: feature ids for 2-D data, else x1, x2, ... */
  @JSExport
  public String inputNames() {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < network.inputSize(); i++) {
      if (i > 0) {
        names.append('\n');
      }
      if (session.features() != null) {
        names.append(session.features().feature(i).id());
      } else if (columnNames != null && i < columnNames.length) {
        names.append(columnNames[i]);
      } else {
        names.append("x").append(i + 1);
      }
    }
    return names.toString();
  }

  /** The value range the output heatmap spans: [lo, hi]. */
  @JSExport
  public double[] outputRange() {
    Activation output = network.activation(network.layerCount() - 1);
    if (output == Activation.SIGMOID || output == Activation.SOFTMAX) {
      return new double[] {0, 1};
    }
    if (output == Activation.LINEAR && isRegression()) {
      double[] values = session.rawTrain().values();
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      double reach = Math.max(Math.abs(lo), Math.abs(hi));
      return reach > 0 ? new double[] {-reach, reach} : new double[] {-1, 1};
    }
    return new double[] {-1, 1};
  }

  /** The plotted region [xMin, xMax, yMin, yMax] in raw input units. */
  @JSExport
  public double[] bounds(int plotX, int plotY) {
    if (session.features() != null) {
      Grid playground = Grid.playground();
      double half = (playground.x(playground.columns() - 1) - playground.x(0))
          * playground.columns() / (playground.columns() - 1) / 2;
      return new double[] {-half, half, -half, half};
    }
    double[] bounds = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    extend(bounds, session.rawTrain(), plotX, plotY);
    extend(bounds, session.rawTest(), plotX, plotY);
    for (int axis = 0; axis < 4; axis += 2) {
      double pad = Math.max(1e-9, bounds[axis + 1] - bounds[axis]) * PLOT_MARGIN;
      bounds[axis] -= pad;
      bounds[axis + 1] += pad;
    }
    return bounds;
  }

  private static void extend(double[] bounds, RawData data, int plotX, int plotY) {
    double[] inputs = data.inputs();
    int d = data.dimension();
    for (int i = 0; i < data.size(); i++) {
      double x = inputs[i * d + Math.min(plotX, d - 1)];
      double y = inputs[i * d + Math.min(plotY, d - 1)];
      bounds[0] = Math.min(bounds[0], x);
      bounds[1] = Math.max(bounds[1], x);
      bounds[2] = Math.min(bounds[2], y);
      bounds[3] = Math.max(bounds[3], y);
    }
  }

  /** Rows of [x, y, label, isTest] in raw units, training examples first. */
  @JSExport
  public double[] points(int plotX, int plotY) {
    RawData train = session.rawTrain();
    RawData test = session.rawTest();
    double[] rows = new double[4 * (train.size() + test.size())];
    int at = fill(rows, 0, train, plotX, plotY, 0);
    fill(rows, at, test, plotX, plotY, 1);
    return rows;
  }

  private static int fill(double[] rows, int at, RawData data, int plotX, int plotY, double test) {
    double[] inputs = data.inputs();
    double[] values = data.values();
    int d = data.dimension();
    for (int i = 0; i < data.size(); i++) {
      rows[at++] = inputs[i * d + Math.min(plotX, d - 1)];
      rows[at++] = inputs[i * d + Math.min(plotY, d - 1)];
      rows[at++] = values[i];
      rows[at++] = test;
    }
    return at;
  }

  /**
   * Evaluates the network over a res x res grid of the plotted region: the input features, then
   * every hidden neuron, then every output, each res x res values (row 0 at the top). One call
   * feeds the heatmap and every thumbnail.
   *
   * <p>The values reach the page as a Float64Array view ({@link Float64Handover}), valid until
   * the next call.
   */
  @JSExport
  public Float64Array evaluateGrid(int resolution, double xMin, double xMax, double yMin,
      double yMax) {
    return gridHandover.view(evaluateGridValues(resolution, xMin, xMax, yMin, yMax));
  }

  private double[] evaluateGridValues(int resolution, double xMin, double xMax, double yMin,
      double yMax) {
    if (session.features() == null) {
      return new double[0];
    }
    Grid area = new Grid(xMin, xMax, yMin, yMax, resolution, resolution);
    int points = area.pointCount();
    if (resolution != gridResolution) {
      grid = new double[(network.inputSize() + network.unitCount()) * points];
      gridResolution = resolution;
    }
    GridEvaluator evaluator = session.gridEvaluator();
    evaluator.evaluateFeatures(area, grid);
    evaluator.evaluateNeurons(area, grid, network.inputSize() * points);
    return grid;
  }

  /** Every weight then bias, layer after layer; weights row-major with shape fan_in x fan_out. */
  @JSExport
  public double[] parameters() {
    int at = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      at = copy(network.weights(l), parameters, at);
      at = copy(network.biases(l), parameters, at);
    }
    return parameters;
  }

  /** Sets one parameter by its index in {@link #parameters} (a weight edited in the diagram). */
  @JSExport
  public void setParameter(int index, double value) {
    int at = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      double[][] arrays = {network.weights(l), network.biases(l)};
      for (double[] array : arrays) {
        if (index < at + array.length) {
          array[index - at] = value;
          metricsEpoch = -1;
          return;
        }
        at += array.length;
      }
    }
    throw new IllegalArgumentException("index must be below " + at + " (was " + index + ")");
  }

  /** dJ/dparameter over the whole training set at the current weights, same layout. */
  @JSExport
  public double[] gradients() {
    if (gradients == null) {
      gradients = new Gradients(network);
      gradientBlock = new MiniBatch(network, MiniBatch.DEFAULT_CAPACITY);
    }
    Dataset train = session.trainSet();
    gradientBlock.meanGradient(session.trainer().loss(), train, null, 0, train.size(), gradients,
        0);
    return flatten(gradients, gradientBuffer);
  }

  /** The last applied change of every parameter (new minus old), same layout. */
  @JSExport
  public double[] lastUpdate() {
    return flatten(session.lastUpdate(), updateBuffer);
  }

  private double[] flatten(Gradients source, double[] target) {
    int at = 0;
    for (int l = 0; l < source.layerCount(); l++) {
      at = copy(source.weights(l), target, at);
      at = copy(source.biases(l), target, at);
    }
    return target;
  }

  private static int copy(double[] from, double[] to, int at) {
    System.arraycopy(from, 0, to, at, from.length);
    return at + from.length;
  }

  /** The output for raw inputs (scaled like the training data), e.g. a drawn digit. */
  @JSExport
  public double[] predict(double[] rawInputs) {
    double[] inputs = new double[network.inputSize()];
    if (session.features() != null) {
      session.features().apply(rawInputs[0], rawInputs[1], inputs, 0);
    } else {
      System.arraycopy(rawInputs, 0, inputs, 0, Math.min(rawInputs.length, inputs.length));
    }
    Standardizer standardizer = session.standardizer();
    if (standardizer != null) {
      standardizer.applyToRow(inputs, 0);
    }
    return network.forward(inputs, 0).clone();
  }

  /** Test-set confusion matrix, k x k, row = true class, column = predicted. */
  @JSExport
  public double[] confusion() {
    int[] counts = session.evaluateTest().confusionMatrix();
    double[] result = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      result[i] = counts[i];
    }
    return result;
  }

  @JSExport
  public void setLearningRate(double learningRate) {
    session.setLearningRate(learningRate);
  }

  @JSExport
  public void setBatchSize(int batchSize) {
    session.setBatchSize(batchSize);
  }

  /** Switches optimizer (its state starts empty) and sets the parameters it uses. */
  @JSExport
  public void setOptimizer(String id, double momentum, double beta1, double beta2, double epsilon,
      double rho) {
    session.setOptimizer(id, OptimizerParameters.DEFAULTS.momentum(momentum).beta1(beta1)
        .beta2(beta2).epsilon(epsilon).rho(rho));
  }

  /** Schedule by id: constant, step (every, gamma), exponential (gamma), cosine/cyclical (period, minimum). */
  @JSExport
  public void setSchedule(String id, int every, double gamma, int period, double minRate) {
    LearningRateSchedule schedule;
    if ("step".equals(id)) {
      schedule = LearningRateSchedules.stepDecay(every, gamma);
    } else if ("exponential".equals(id)) {
      schedule = LearningRateSchedules.exponential(gamma);
    } else if ("cosine".equals(id)) {
      schedule = LearningRateSchedules.cosine(minRate, period);
    } else if ("cyclical".equals(id)) {
      schedule = LearningRateSchedules.cyclical(minRate, period);
    } else {
      schedule = LearningRateSchedules.constant();
    }
    session.setSchedule(schedule);
  }

  @JSExport
  public void setRegularization(String id, double rate) {
    session.setRegularization(id, rate);
  }

  /** Epoch limit (0 none), target training loss (0 none), gradient-norm threshold (0 none). */
  @JSExport
  public void setStop(int maxEpochs, double targetLoss, double gradientNorm) {
    session.setStoppingRule(new StoppingRule(maxEpochs, targetLoss, gradientNorm));
  }
}
