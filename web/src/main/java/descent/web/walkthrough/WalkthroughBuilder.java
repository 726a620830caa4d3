package descent.web.walkthrough;

import descent.engine.nn.Activation;
import descent.engine.nn.Initializer;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;
import descent.engine.random.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSExport;

/**
 * Collects a network, its starting parameters and its examples for a walkthrough. The page fills
 * it from an experiment in the URL, or calls {@link #useArticleXor()}; {@link #problem()} says in
 * words what is missing or inconsistent before {@link #build(int)} is called.
 */
public final class WalkthroughBuilder {
  private int inputs;
  private final List<Integer> units = new ArrayList<>();
  private final List<String> activations = new ArrayList<>();
  private final List<double[]> weights = new ArrayList<>();
  private final List<double[]> biases = new ArrayList<>();
  private String loss = "";
  private double seed = 1;
  private double learningRate = ArticleXorExample.LEARNING_RATE;
  private double[] inputRows = new double[0];
  private double[] targetRows = new double[0];
  private int suggestedExample;

  /** Fills in the seed article's XOR network with its fixed example weights. */
  @JSExport
  public WalkthroughBuilder useArticleXor() {
    ArticleXorExample.fill(this);
    suggestedExample = ArticleXorExample.EXAMPLE;
    return this;
  }

  @JSExport
  public WalkthroughBuilder inputs(int count) {
    inputs = count;
    return this;
  }

  /** Appends a layer (hidden layers first, the output last) with an activation such as "tanh". */
  @JSExport
  public WalkthroughBuilder layer(int unitCount, String activationId) {
    units.add(unitCount);
    activations.add(activationId);
    weights.add(null);
    biases.add(null);
    return this;
  }

  /** "cross-entropy" (needs a softmax output) or "mse". */
  @JSExport
  public WalkthroughBuilder loss(String lossId) {
    loss = lossId;
    return this;
  }

  /** Layer l's weights, row-major fan_in x fan_out; layers without them are drawn from the seed. */
  @JSExport
  public WalkthroughBuilder weights(int layer, double[] values) {
    weights.set(layer, values.clone());
    return this;
  }

  @JSExport
  public WalkthroughBuilder biases(int layer, double[] values) {
    biases.set(layer, values.clone());
    return this;
  }

  /** The seed for Glorot-initialized weights of layers given none. */
  @JSExport
  public WalkthroughBuilder seed(double value) {
    seed = value;
    return this;
  }

  @JSExport
  public WalkthroughBuilder learningRate(double value) {
    learningRate = value;
    return this;
  }

  /** The examples: inputs and targets, one row each, row-major. */
  @JSExport
  public WalkthroughBuilder examples(double[] inputValues, double[] targetValues) {
    inputRows = inputValues.clone();
    targetRows = targetValues.clone();
    return this;
  }

  @JSExport
  public int exampleCount() {
    return inputs < 1 ? 0 : inputRows.length / inputs;
  }

  /** The example to show first: (1, 0) for the article's network, else the first. */
  @JSExport
  public int suggestedExample() {
    return suggestedExample;
  }

  /** What prevents {@link #build}, in one English sentence, or "" when everything fits. */
  @JSExport
  public String problem() {
    if (inputs < 1 || units.isEmpty()) {
      return "The network needs at least one input and one layer.";
    }
    for (int l = 0; l < units.size(); l++) {
      if (units.get(l) < 1) {
        return "Layer " + (l + 1) + " needs at least one unit.";
      }
      if (!isActivation(activations.get(l))) {
        return "Layer " + (l + 1) + " has an unknown activation '" + activations.get(l) + "'.";
      }
      int fanIn = l == 0 ? inputs : units.get(l - 1);
      if (weights.get(l) != null && weights.get(l).length != fanIn * units.get(l)) {
        return "Layer " + (l + 1) + " needs " + fanIn + " x " + units.get(l) + " weights.";
      }
      if (biases.get(l) != null && biases.get(l).length != units.get(l)) {
        return "Layer " + (l + 1) + " needs " + units.get(l) + " biases.";
      }
    }
    return exampleProblem();
  }

  private String exampleProblem() {
    try {
      // The engine's own rules: which activations may sit where, which loss fits which output.
      Loss.fromId(loss).requireCompatible(network().activation(units.size() - 1));
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    int outputs = units.get(units.size() - 1);
    if (exampleCount() < 1 || inputRows.length % inputs != 0
        || targetRows.length != exampleCount() * outputs) {
      return "Every example needs " + inputs + " inputs and " + outputs + " targets.";
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      return "The learning rate must be a positive number.";
    }
    return "";
  }

  private static boolean isActivation(String id) {
    for (Activation activation : Activation.values()) {
      if (activation.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** The walkthrough of one training step on example {@code exampleIndex}; needs no {@link #problem()}. */
  @JSExport
  public Walkthrough build(int exampleIndex) {
    String problem = problem();
    if (!problem.isEmpty()) {
      throw new IllegalStateException(problem);
    }
    Network network = network();
    int outputs = network.outputSize();
    double[] x = slice(inputRows, exampleIndex * inputs, inputs);
    double[] y = slice(targetRows, exampleIndex * outputs, outputs);
    return Walkthrough.record(network, Loss.fromId(loss), x, y, learningRate);
  }

  private Network network() {
    int[] sizes = new int[units.size() + 1];
    Activation[] layerActivations = new Activation[units.size()];
    sizes[0] = inputs;
    for (int l = 0; l < units.size(); l++) {
      sizes[l + 1] = units.get(l);
      layerActivations[l] = Activation.fromId(activations.get(l));
    }
    Network network = new Network(sizes, layerActivations);
    Initializer.GLOROT.initialize(network, new SeededRandom((long) seed));
    for (int l = 0; l < units.size(); l++) {
      if (weights.get(l) != null) {
        System.arraycopy(weights.get(l), 0, network.weights(l), 0, weights.get(l).length);
      }
      if (biases.get(l) != null) {
        System.arraycopy(biases.get(l), 0, network.biases(l), 0, biases.get(l).length);
      }
    }
    return network;
  }

  private static double[] slice(double[] rows, int from, int length) {
    double[] part = new double[length];
    System.arraycopy(rows, from, part, 0, length);
    return part;
  }
}
