package descent.engine.train;

import descent.engine.nn.Gradients;
import descent.engine.nn.Network;

/**
 * Weight penalties, on weights only (biases are never penalised). L2: penalty (lambda / 2) sum w^2,
 * gradient lambda w ("weight decay"); L1: penalty lambda sum |w|, gradient lambda sign(w), with
 * sign(0) = 0. The gradient is added to each batch's mean gradient before clipping and the
 * optimizer. The losses the engine reports are the data losses without the penalty, so that train
 * and test loss stay comparable across settings; {@link #penalty} gives the penalty itself.
 * Document ids: {@code none, l1, l2}.
 */
public enum Regularization {
  NONE("none"),
  L1("l1"),
  L2("l2");

  private final String id;

  Regularization(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Adds the penalty's gradient with strength lambda to the weight gradients. */
  public void addGradient(Network network, Gradients gradients, double lambda) {
    if (this == NONE || lambda == 0) {
      return;
    }
    for (int l = 0; l < network.layerCount(); l++) {
      double[] w = network.weights(l);
      double[] g = gradients.weights(l);
      if (this == L2) {
        for (int i = 0; i < w.length; i++) {
          g[i] += lambda * w[i];
        }
      } else {
        for (int i = 0; i < w.length; i++) {
          g[i] += w[i] > 0 ? lambda : w[i] < 0 ? -lambda : 0;
        }
      }
    }
  }

  /** The penalty term with strength lambda for the network's current weights. */
  public double penalty(Network network, double lambda) {
    if (this == NONE) {
      return 0;
    }
    double sum = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      double[] w = network.weights(l);
      for (int i = 0; i < w.length; i++) {
        sum += this == L2 ? w[i] * w[i] : Math.abs(w[i]);
      }
    }
    return this == L2 ? 0.5 * lambda * sum : lambda * sum;
  }

  /** The regularization with the given document name. */
  public static Regularization fromId(String id) {
    for (Regularization regularization : values()) {
      if (regularization.id.equals(id)) {
        return regularization;
      }
    }
    throw new IllegalArgumentException("regularization: unknown id '" + id
        + "' (expected none, l1 or l2)");
  }
}
