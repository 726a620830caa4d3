package descent.engine.nn;

import descent.engine.random.SeededRandom;

/**
 * How a network's weights start; biases always start at zero. Weights are drawn layer by layer,
 * row by row, so one seed gives the same network everywhere. Document ids: {@code glorot, he,
 * uniform, zeros}.
 */
public enum Initializer {
  /**
   * Glorot/Xavier uniform (Glorot and Bengio, "Understanding the difficulty of training deep
   * feedforward neural networks", 2010): U(-r, r) with r = sqrt(6 / (fan_in + fan_out)).
   */
  GLOROT("glorot") {
    @Override
    double range(int fanIn, int fanOut) {
      return Math.sqrt(6.0 / (fanIn + fanOut));
    }
  },

  /**
   * He uniform (He, Zhang, Ren and Sun, "Delving deep into rectifiers", 2015), for ReLU layers:
   * U(-r, r) with r = sqrt(6 / fan_in), i.e. variance 2 / fan_in.
   */
  HE("he") {
    @Override
    double range(int fanIn, int fanOut) {
      return Math.sqrt(6.0 / fanIn);
    }
  },

  /** U(-0.5, 0.5) whatever the layer size. */
  UNIFORM("uniform") {
    @Override
    double range(int fanIn, int fanOut) {
      return 0.5;
    }
  },

  /** All weights zero: every unit of a layer stays identical, the classic symmetry lesson. */
  ZEROS("zeros") {
    @Override
    double range(int fanIn, int fanOut) {
      return 0;
    }
  };

  private final String id;

  Initializer(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  abstract double range(int fanIn, int fanOut);

  /** Fills every weight of the network from rng, layer by layer, row by row; zeroes biases. */
  public void initialize(Network network, SeededRandom rng) {
    for (int l = 0; l < network.layerCount(); l++) {
      double range = range(network.fanIn(l), network.fanOut(l));
      double[] w = network.weights(l);
      for (int i = 0; i < w.length; i++) {
        w[i] = range == 0 ? 0 : rng.nextDouble(-range, range);
      }
      java.util.Arrays.fill(network.biases(l), 0);
    }
  }

  /** The initializer with the given document name. */
  public static Initializer fromId(String id) {
    for (Initializer initializer : values()) {
      if (initializer.id.equals(id)) {
        return initializer;
      }
    }
    throw new IllegalArgumentException("initializer: unknown id '" + id
        + "' (expected glorot, he, uniform or zeros)");
  }
}
