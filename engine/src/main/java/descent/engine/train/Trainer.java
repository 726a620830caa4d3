package descent.engine.train;

import descent.engine.data.Dataset;
import descent.engine.nn.Backpropagation;
import descent.engine.nn.Gradients;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;
import descent.engine.optim.Optimizer;
import descent.engine.random.SeededRandom;

/**
 * Trains a network on a data set by mini-batch gradient descent: per epoch, the training examples
 * are reshuffled from the seed, split into batches, and each batch's mean gradient is handed to
 * the optimizer. Nothing is allocated per epoch or per example.
 */
public final class Trainer {
  private final Network network;
  private final Backpropagation backprop;
  private final Gradients gradients;
  private final Optimizer optimizer;
  private final Dataset train;
  private final SeededRandom shuffleRandom;
  private final int[] order;
  private double learningRate;
  private int batchSize;
  private int epoch;

  /**
   * @param batchSize examples per update; 0 or anything at least the data set size means full
   *     batch
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
    this.network = network;
    this.backprop = new Backpropagation(network, loss);
    this.gradients = new Gradients(network);
    this.optimizer = optimizer;
    this.train = train;
    this.shuffleRandom = new SeededRandom(seed);
    this.order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    setLearningRate(learningRate);
    setBatchSize(batchSize);
  }

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

  public Network network() {
    return network;
  }

  /** Epochs completed so far. */
  public int epoch() {
    return epoch;
  }

  /** One pass over the training set. */
  public void trainEpoch() {
    if (batchSize < order.length) {
      shuffleRandom.shuffle(order);
    }
    double[] x = train.inputs();
    double[] y = train.targets();
    int in = train.inputSize();
    int out = train.targetSize();
    for (int start = 0; start < order.length; start += batchSize) {
      int end = Math.min(start + batchSize, order.length);
      gradients.clear();
      for (int k = start; k < end; k++) {
        int example = order[k];
        backprop.accumulate(x, example * in, y, example * out, gradients);
      }
      gradients.scale(1.0 / (end - start));
      optimizer.beginStep();
      for (int l = 0; l < network.layerCount(); l++) {
        optimizer.update(2 * l, network.weights(l), gradients.weights(l), learningRate);
        optimizer.update(2 * l + 1, network.biases(l), gradients.biases(l), learningRate);
      }
    }
    epoch++;
  }

  /** Mean loss over a data set with the current weights. */
  public double meanLoss(Dataset data) {
    Loss loss = backprop.loss();
    double[] x = data.inputs();
    double[] y = data.targets();
    int in = data.inputSize();
    int out = data.targetSize();
    int last = network.layerCount() - 1;
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      network.forward(x, i * in);
      sum += loss.value(network.preActivations(last), network.activations(last), y, i * out, out);
    }
    return sum / data.size();
  }

  /** Fraction of examples whose largest output is the target's largest (one-hot) entry. */
  public double accuracy(Dataset data) {
    double[] x = data.inputs();
    double[] y = data.targets();
    int in = data.inputSize();
    int out = data.targetSize();
    int correct = 0;
    for (int i = 0; i < data.size(); i++) {
      double[] output = network.forward(x, i * in);
      if (argmax(output, 0, out) == argmax(y, i * out, out)) {
        correct++;
      }
    }
    return (double) correct / data.size();
  }

  private static int argmax(double[] values, int offset, int n) {
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (values[offset + k] > values[offset + best]) {
        best = k;
      }
    }
    return best;
  }
}
