package descent.web.walkthrough;

import descent.engine.nn.Activation;
import descent.engine.nn.Backpropagation;
import descent.engine.nn.Gradients;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;
import descent.engine.optim.Sgd;
import java.util.Arrays;
import org.teavm.jso.JSExport;

/**
 * Every number of one training step on one example, recorded once from the engine, and the
 * order of stages in which the page reveals them. Layers are 0-based (layer 0 is the article's
 * layer 1). Arrays are copies; weight arrays are row-major fan_in x fan_out.
 *
 * <p>The article writes the error term as delta_l = dJ/da_l while its code computes
 * dZ = dJ/dz_l; both are here: {@link #activationGradients} is dJ/da and {@link #deltas} is
 * dJ/dz = dJ/da * f'(z), the engine's delta.
 */
public final class Walkthrough {
  private final Network network;
  private final Loss loss;
  private final double[] input;
  private final double[] target;
  private final double learningRate;
  private final StagePlan stages;
  private final double lossValue;
  private final double[][] z;
  private final double[][] a;
  private final double[][] dJda;
  private final double[][] dJdz;
  private final double[][] weightGradients;
  private final double[][] biasGradients;
  private final double[][] updatedWeights;
  private final double[][] updatedBiases;
  private final double[] inputGradient;
  private final double[][] derivatives;

  private Walkthrough(Network network, Loss loss, double[] input, double[] target, double learningRate) {
    this.network = network;
    this.loss = loss;
    this.input = input;
    this.target = target;
    this.learningRate = learningRate;
    int layers = network.layerCount();
    this.stages = new StagePlan(layers);
    z = new double[layers][];
    a = new double[layers][];
    dJda = new double[layers][];
    dJdz = new double[layers][];
    weightGradients = new double[layers][];
    biasGradients = new double[layers][];
    updatedWeights = new double[layers][];
    updatedBiases = new double[layers][];
    derivatives = new double[layers][];

    Backpropagation backpropagation = new Backpropagation(network, loss);
    Gradients gradients = new Gradients(network);
    lossValue = backpropagation.accumulate(input, 0, target, 0, gradients);
    Sgd sgd = new Sgd();
    sgd.beginStep();
    for (int l = 0; l < layers; l++) {
      z[l] = network.preActivations(l).clone();
      a[l] = network.activations(l).clone();
      dJdz[l] = backpropagation.deltas(l).clone();
      weightGradients[l] = gradients.weights(l).clone();
      biasGradients[l] = gradients.biases(l).clone();
      updatedWeights[l] = network.weights(l).clone();
      updatedBiases[l] = network.biases(l).clone();
      derivatives[l] = derivativeAt(network, l);
      // Slots 2l and 2l + 1, the trainer's numbering, so a stateful optimizer would line up too.
      sgd.update(2 * l, updatedWeights[l], weightGradients[l], learningRate);
      sgd.update(2 * l + 1, updatedBiases[l], biasGradients[l], learningRate);
    }
    int last = layers - 1;
    // dJ/da at the output, for the computational graph; the backward pass itself starts from
    // the fused dJ/dz (a - y with softmax and cross-entropy) and never needs it.
    dJda[last] = new double[a[last].length];
    loss.outputGradient(a[last], target, 0, dJda[last], a[last].length);
    for (int l = 0; l < last; l++) {
      dJda[l] = backThroughWeights(dJdz[l + 1], network.weights(l + 1), network.fanIn(l + 1));
    }
    inputGradient = backThroughWeights(dJdz[0], network.weights(0), network.inputSize());
  }

  static Walkthrough record(Network network, Loss loss, double[] input, double[] target, double learningRate) {
    return new Walkthrough(network, loss, input.clone(), target.clone(), learningRate);
  }

  /**
   * f'(z_l) for every unit, from the engine's own backward rule applied to ones; empty for
   * softmax, whose Jacobian is never formed (its delta comes fused from the loss).
   */
  private static double[] derivativeAt(Network network, int layer) {
    if (network.activation(layer) == Activation.SOFTMAX) {
      return new double[0];
    }
    double[] ones = new double[network.fanOut(layer)];
    Arrays.fill(ones, 1);
    network.activation(layer).multiplyByDerivative(network.preActivations(layer), network.activations(layer),
        ones, ones.length);
    return ones;
  }

  /** delta W^T: row i of W (fan_in x fan_out) dotted with delta, for every input i. */
  private static double[] backThroughWeights(double[] delta, double[] weights, int fanIn) {
    int fanOut = delta.length;
    double[] result = new double[fanIn];
    for (int i = 0; i < fanIn; i++) {
      double sum = 0;
      for (int j = 0; j < fanOut; j++) {
        sum += delta[j] * weights[i * fanOut + j];
      }
      result[i] = sum;
    }
    return result;
  }

  @JSExport
  public int stageCount() {
    return stages.size();
  }

  /** "input", "weighted-sum", "activation", "loss", "output-delta", "gradients", "upstream", "hidden-delta" or "update". */
  @JSExport
  public String stageKind(int stage) {
    return stages.kind(stage).id();
  }

  /** The layer a stage concerns, -1 for input, loss and update. */
  @JSExport
  public int stageLayer(int stage) {
    return stages.layer(stage);
  }

  @JSExport
  public int layerCount() {
    return network.layerCount();
  }

  @JSExport
  public int inputSize() {
    return network.inputSize();
  }

  @JSExport
  public int units(int layer) {
    return network.fanOut(layer);
  }

  @JSExport
  public String activationId(int layer) {
    return network.activation(layer).id();
  }

  @JSExport
  public String lossId() {
    return loss.id();
  }

  @JSExport
  public double learningRate() {
    return learningRate;
  }

  @JSExport
  public double[] input() {
    return input.clone();
  }

  @JSExport
  public double[] target() {
    return target.clone();
  }

  /** The weights before the update. */
  @JSExport
  public double[] weights(int layer) {
    return network.weights(layer).clone();
  }

  @JSExport
  public double[] biases(int layer) {
    return network.biases(layer).clone();
  }

  /** z_l = a_{l-1} W_l + b_l. */
  @JSExport
  public double[] preActivations(int layer) {
    return z[layer].clone();
  }

  /** a_l = f(z_l). */
  @JSExport
  public double[] activations(int layer) {
    return a[layer].clone();
  }

  @JSExport
  public double loss() {
    return lossValue;
  }

  /** dJ/da_l: the article's delta_l. */
  @JSExport
  public double[] activationGradients(int layer) {
    return dJda[layer].clone();
  }

  /** f'(z_l), the factor between dJ/da_l and dJ/dz_l; empty for a softmax layer. */
  @JSExport
  public double[] activationDerivatives(int layer) {
    return derivatives[layer].clone();
  }

  /** dJ/dz_l = dJ/da_l * f'(z_l): the engine's delta and the article code's dZ. */
  @JSExport
  public double[] deltas(int layer) {
    return dJdz[layer].clone();
  }

  /** dJ/dx = delta_0 W_0^T, shown on the input nodes of the computational graph. */
  @JSExport
  public double[] inputGradient() {
    return inputGradient.clone();
  }

  /** dJ/dW_l = a_{l-1}^T delta_l, row-major like the weights. */
  @JSExport
  public double[] weightGradients(int layer) {
    return weightGradients[layer].clone();
  }

  /** dJ/db_l = delta_l. */
  @JSExport
  public double[] biasGradients(int layer) {
    return biasGradients[layer].clone();
  }

  /** W_l - alpha dJ/dW_l. */
  @JSExport
  public double[] updatedWeights(int layer) {
    return updatedWeights[layer].clone();
  }

  /** b_l - alpha dJ/db_l. */
  @JSExport
  public double[] updatedBiases(int layer) {
    return updatedBiases[layer].clone();
  }
}
