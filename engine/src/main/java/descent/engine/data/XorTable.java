package descent.engine.data;

/**
 * The seed article's four XOR points with one-hot labels: class 1 when exactly one input is 1.
 * (The article's code passes labels of shape (4, 1) to a two-unit softmax; one-hot is what its
 * loss and gradient a2 - y actually need.)
 */
public final class XorTable {
  private XorTable() {
  }

  public static Dataset create() {
    double[] inputs = {0, 0, 0, 1, 1, 0, 1, 1};
    double[] targets = {1, 0, 0, 1, 0, 1, 1, 0};
    return new Dataset(inputs, 2, targets, 2);
  }
}
