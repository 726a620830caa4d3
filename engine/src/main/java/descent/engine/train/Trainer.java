package descent.engine.train;

import descent.engine.data.Dataset;
import descent.engine.nn.Gradients;
import descent.engine.nn.Loss;
import descent.engine.nn.MiniBatch;
import descent.engine.nn.Network;
import descent.engine.optim.Optimizer;
import descent.engine.random.SeededRandom;

/**
 * Trains a network on a data set by mini-batch gradient descent: per epoch, the training examples
 * are reshuffled from the seed, split into batches, and each batch's mean gradient (plus the
 * regularization gradient, then clipped) is handed to the optimizer. Batch size 0 means full
 * batch, 1 per-example updates. Nothing is allocated per epoch or per example.
 *
 * <p>Training loss: {@link #lastEpochLoss()} is the mean of the per-example losses computed in
 * the epoch's own forward passes, each before its batch's update. It costs nothing extra (an exact
 * post-epoch loss costs one more forward pass over the training set, about a third of an epoch);
 * in full-batch mode the two differ by exactly one update. {@link descent.engine.metrics.Evaluator}
 * gives the exact value.
 */
public final class Trainer {
  private final Network network;
  private final Loss loss;
  private final MiniBatch block;
  private final Gradients gradients;
  private final Gradients lastUpdate;
  private final double[][] snapshot;
  private final Dataset train;
  private final SeededRandom shuffleRandom;
  private final int[] order;
  private Optimizer optimizer;
  private double learningRate;
  private LearningRateSchedule schedule = LearningRateSchedules.constant();
  private double currentRate;
  private Regularization regularization = Regularization.NONE;
  private double regularizationRate;
  private double clipNorm;
  private int batchSize;
  private int epoch;
  /** Where the next mini-batch starts in this epoch's order; 0 at an epoch boundary. */
  private int cursor;
  private double epochLossSum;
  private double lastEpochLoss = Double.NaN;
  private double lastGradientNorm = Double.NaN;

  /**
   * @param batchSize examples per update; 0 or anything at least the data set size means full
   *     batch
   * @param seed seeds the per-epoch reshuffle
   */
  public Trainer(Network network, Loss loss, Optimizer optimizer, Dataset train,
      double learningRate, int batchSize, long seed) {
    if (train.inputSize() != network.inputSize()) {
      throw new IllegalArgumentException("train has " + train.inputSize()
          + " inputs but the network expects " + network.inputSize());
    }
    if (train.targetSize() != network.outputSize()) {
      throw new IllegalArgumentException("train has " + train.targetSize()
          + " targets but the network outputs " + network.outputSize());
    }
    if (train.size() == 0) {
      throw new IllegalArgumentException("train must hold at least one example");
    }
    this.network = network;
    loss.requireCompatible(network.activation(network.layerCount() - 1));
    this.loss = loss;
    this.block = new MiniBatch(network, Math.min(MiniBatch.DEFAULT_CAPACITY, train.size()));
    this.gradients = new Gradients(network);
    this.lastUpdate = new Gradients(network);
    this.snapshot = new double[2 * network.layerCount()][];
    for (int l = 0; l < network.layerCount(); l++) {
      snapshot[2 * l] = new double[network.weights(l).length];
      snapshot[2 * l + 1] = new double[network.biases(l).length];
    }
    this.train = train;
    this.shuffleRandom = new SeededRandom(seed);
    this.order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    setOptimizer(optimizer);
    setLearningRate(learningRate);
    setBatchSize(batchSize);
    currentRate = learningRate;
  }

  /** The base learning rate alpha0; the schedule derives each epoch's rate from it. */
  public void setLearningRate(double learningRate) {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be a positive number (was "
          + learningRate + ")");
    }
    this.learningRate = learningRate;
  }

  public void setBatchSize(int batchSize) {
    if (batchSize < 0) {
      throw new IllegalArgumentException("batchSize must be 0 (full batch) or positive (was "
          + batchSize + ")");
    }
    this.batchSize = batchSize == 0 || batchSize > order.length ? order.length : batchSize;
  }

  /** Replaces the optimizer; the new one starts with fresh state. */
  public void setOptimizer(Optimizer optimizer) {
    if (optimizer == null) {
      throw new IllegalArgumentException("optimizer must not be null");
    }
    this.optimizer = optimizer;
  }

  public void setSchedule(LearningRateSchedule schedule) {
    if (schedule == null) {
      throw new IllegalArgumentException("schedule must not be null");
    }
    this.schedule = schedule;
  }

  /** Weight penalty and its strength lambda >= 0. */
  public void setRegularization(Regularization regularization, double lambda) {
    if (regularization == null) {
      throw new IllegalArgumentException("regularization must not be null");
    }
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be a finite number >= 0 (was " + lambda
          + ")");
    }
    this.regularization = regularization;
    this.regularizationRate = lambda;
  }

  /**
   * Gradient-norm clipping (Pascanu, Mikolov and Bengio, "On the difficulty of training recurrent
   * neural networks", 2013): when the global L2 norm of a step's gradient exceeds maxNorm, the
   * whole gradient is rescaled to norm maxNorm. 0 switches clipping off.
   */
  public void setClipNorm(double maxNorm) {
    if (!(maxNorm >= 0) || Double.isInfinite(maxNorm)) {
      throw new IllegalArgumentException("maxNorm must be 0 (off) or a positive number (was "
          + maxNorm + ")");
    }
    this.clipNorm = maxNorm;
  }

  public Network network() {
    return network;
  }

  public Loss loss() {
    return loss;
  }

  public Optimizer optimizer() {
    return optimizer;
  }

  public Dataset trainingSet() {
    return train;
  }

  /** Examples per update after resolving 0 to the training set size. */
  public int batchSize() {
    return batchSize;
  }

  public double learningRate() {
    return learningRate;
  }

  /** The rate the schedule gave for the last epoch trained (alpha0 before the first). */
  public double currentLearningRate() {
    return currentRate;
  }

  public Regularization regularization() {
    return regularization;
  }

  public double regularizationRate() {
    return regularizationRate;
  }

  /** Epochs completed so far. */
  public int epoch() {
    return epoch;
  }

  /** Mean per-example loss seen during the last epoch's forward passes (see class comment). */
  public double lastEpochLoss() {
    return lastEpochLoss;
  }

  /** Global L2 norm of the last step's gradient, before clipping. */
  public double lastGradientNorm() {
    return lastGradientNorm;
  }

  /** Full-batch mode: every epoch is exactly one update on the whole training set. */
  public boolean isFullBatch() {
    return batchSize == order.length;
  }

  /**
   * The parameter change of the last step, new value minus old, with the network's layout: the
   * update actually applied, after regularization, clipping and the optimizer.
   */
  public Gradients lastUpdate() {
    return lastUpdate;
  }

  /** The rest of the current epoch: a whole pass over the training set from a boundary. */
  public void trainEpoch() {
    while (!trainBatch()) {
      // each call trains one mini-batch
    }
  }

  /**
   * One mini-batch update, so a learner can watch a single step of stochastic gradient descent.
   * An epoch's first batch sets the epoch's learning rate and reshuffles the examples.
   *
   * @return true when this batch completed an epoch
   */
  public boolean trainBatch() {
    if (cursor == 0) {
      currentRate = schedule.rate(learningRate, epoch);
      if (batchSize < order.length) {
        shuffleRandom.shuffle(order);
      }
      epochLossSum = 0;
    }
    int end = Math.min(cursor + batchSize, order.length);
    epochLossSum = block.meanGradient(loss, train, order, cursor, end, gradients,
        epochLossSum);
    step(end == order.length);
    if (end < order.length) {
      cursor = end;
      return false;
    }
    cursor = 0;
    lastEpochLoss = epochLossSum / order.length;
    epoch++;
    return true;
  }

  /** Examples of the current epoch already trained on (0 at an epoch boundary). */
  public int examplesIntoEpoch() {
    return cursor;
  }

  /**
   * One update. The gradient norm and the applied change are only observable after the epoch
   * (lastGradientNorm, lastUpdate), so they are computed for the epoch's last step only, unless
   * clipping needs the norm of every step; the parameters come out the same either way.
   */
  private void step(boolean lastOfEpoch) {
    regularization.addGradient(network, gradients, regularizationRate);
    if (clipNorm > 0 || lastOfEpoch) {
      double norm = gradients.l2Norm();
      lastGradientNorm = norm;
      if (clipNorm > 0 && norm > clipNorm) {
        gradients.scale(clipNorm / norm);
      }
    }
    optimizer.beginStep();
    for (int l = 0; l < network.layerCount(); l++) {
      update(2 * l, network.weights(l), gradients.weights(l), lastUpdate.weights(l),
          lastOfEpoch);
      update(2 * l + 1, network.biases(l), gradients.biases(l), lastUpdate.biases(l),
          lastOfEpoch);
    }
  }

  private void update(int slot, double[] params, double[] grads, double[] change,
      boolean recordChange) {
    if (!recordChange) {
      optimizer.update(slot, params, grads, currentRate);
      return;
    }
    double[] before = snapshot[slot];
    System.arraycopy(params, 0, before, 0, params.length);
    optimizer.update(slot, params, grads, currentRate);
    for (int i = 0; i < params.length; i++) {
      change[i] = params[i] - before[i];
    }
  }

  /**
   * The global L2 norm of the full-batch mean gradient (with the regularization gradient) at the
   * current weights: one extra forward and backward pass over the training set.
   */
  public double fullBatchGradientNorm() {
    block.meanGradient(loss, train, null, 0, order.length, gradients, 0);
    regularization.addGradient(network, gradients, regularizationRate);
    return gradients.l2Norm();
  }
}
