package descent.engine.nn;

/**
 * Backpropagation (Rumelhart, Hinton and Williams, "Learning representations by back-propagating
 * errors", 1986): the chain rule applied layer by layer from the output back to the input.
 *
 * <p>delta_l = dJ/dz_l is the error term of layer l. At the output it comes fused from the loss;
 * below, delta_l = (delta_{l+1} W_{l+1}^T) * f'(z_l). Then dJ/dW_l = a_{l-1}^T delta_l and
 * dJ/db_l = delta_l.
 */
public final class Backpropagation {
  private final Network network;
  private final Loss loss;
  private final double[][] deltas;

  public Backpropagation(Network network, Loss loss) {
    loss.requireCompatible(network.activation(network.layerCount() - 1));
    this.network = network;
    this.loss = loss;
    deltas = new double[network.layerCount()][];
    for (int l = 0; l < deltas.length; l++) {
      deltas[l] = new double[network.fanOut(l)];
    }
  }

  public Loss loss() {
    return loss;
  }

  /** The error terms dJ/dz of layer l from the last call to {@link #accumulate}. */
  public double[] deltas(int layer) {
    return deltas[layer];
  }

  /**
   * Forward and backward pass for one example; adds its gradients into sum.
   *
   * @return the example's loss
   */
  public double accumulate(double[] x, int xOffset, double[] y, int yOffset, Gradients sum) {
    Network network = this.network;
    network.forward(x, xOffset);
    int last = network.layerCount() - 1;
    double[] zOut = network.preActivations(last);
    double[] aOut = network.activations(last);
    int outputs = network.outputSize();
    double exampleLoss = loss.value(zOut, aOut, y, yOffset, outputs);
    loss.outputDelta(network.activation(last), zOut, aOut, y, yOffset, deltas[last], outputs);

    for (int l = last; l >= 0; l--) {
      int fanIn = network.fanIn(l);
      int fanOut = network.fanOut(l);
      double[] in = l == 0 ? x : network.activations(l - 1);
      DenseKernels.accumulateGradients(in, l == 0 ? xOffset : 0, 1, fanIn, deltas[l], fanOut,
          sum.weights(l), sum.biases(l), false, 1);
      if (l > 0) {
        // The input layer needs no error term: nothing lies below it.
        DenseKernels.backward(deltas[l], 1, fanOut, network.weights(l), deltas[l - 1], fanIn);
        Activation.multiplyByDerivative(network.kind(l - 1), network.preActivations(l - 1), in,
            deltas[l - 1], fanIn);
      }
    }
    return exampleLoss;
  }
}
