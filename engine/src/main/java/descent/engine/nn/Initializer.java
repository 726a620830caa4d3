package descent.engine.nn;

import descent.engine.random.SeededRandom;

/** How a network's weights start; biases always start at zero. */
public enum Initializer {
  /**
   * Glorot/Xavier uniform (Glorot and Bengio, "Understanding the difficulty of training deep
   * feedforward neural networks", 2010): U(-r, r) with r = sqrt(6 / (fan_in + fan_out)).
   */
  GLOROT("glorot");

  private final String id;

  Initializer(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Fills every weight of the network from rng, layer by layer, row by row. */
  public void initialize(Network network, SeededRandom rng) {
    for (int l = 0; l < network.layerCount(); l++) {
      double range = Math.sqrt(6.0 / (network.fanIn(l) + network.fanOut(l)));
      double[] w = network.weights(l);
      for (int i = 0; i < w.length; i++) {
        w[i] = rng.nextDouble(-range, range);
      }
      java.util.Arrays.fill(network.biases(l), 0);
    }
  }
}
