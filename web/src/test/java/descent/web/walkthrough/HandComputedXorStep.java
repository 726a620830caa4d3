package descent.web.walkthrough;

/**
 * The article's XOR step computed by hand with plain loops, independent of the engine: the
 * reference every number of the walkthrough is compared with. Written out for 2-3-2
 * tanh/softmax with cross-entropy, exactly as on paper.
 */
final class HandComputedXorStep {
  final double[] x = new double[2];
  final double[] y = new double[2];
  final double[] z1 = new double[3];
  final double[] a1 = new double[3];
  final double[] z2 = new double[2];
  final double[] a2 = new double[2];
  final double loss;
  final double[] dJda2 = new double[2];
  final double[] delta2 = new double[2];
  final double[] dW2 = new double[6];
  final double[] db2 = new double[2];
  final double[] dJda1 = new double[3];
  final double[] tanhDerivative1 = new double[3];
  final double[] delta1 = new double[3];
  final double[] dW1 = new double[6];
  final double[] db1 = new double[3];
  final double[] dJdx = new double[2];
  final double[] newW1 = new double[6];
  final double[] newB1 = new double[3];
  final double[] newW2 = new double[6];
  final double[] newB2 = new double[2];

  HandComputedXorStep(double[] w1, double[] b1, double[] w2, double[] b2, double[] input, double[] label,
      double alpha) {
    System.arraycopy(input, 0, x, 0, 2);
    System.arraycopy(label, 0, y, 0, 2);
    for (int j = 0; j < 3; j++) {
      z1[j] = x[0] * w1[j] + x[1] * w1[3 + j] + b1[j];
      a1[j] = Math.tanh(z1[j]);
    }
    for (int k = 0; k < 2; k++) {
      z2[k] = a1[0] * w2[k] + a1[1] * w2[2 + k] + a1[2] * w2[4 + k] + b2[k];
    }
    double e0 = Math.exp(z2[0]);
    double e1 = Math.exp(z2[1]);
    a2[0] = e0 / (e0 + e1);
    a2[1] = e1 / (e0 + e1);
    loss = -(y[0] * Math.log(a2[0]) + y[1] * Math.log(a2[1]));
    for (int k = 0; k < 2; k++) {
      dJda2[k] = y[k] == 0 ? 0 : -y[k] / a2[k];
      delta2[k] = a2[k] - y[k];
      db2[k] = delta2[k];
      newB2[k] = b2[k] - alpha * db2[k];
    }
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 2; k++) {
        dW2[i * 2 + k] = a1[i] * delta2[k];
        newW2[i * 2 + k] = w2[i * 2 + k] - alpha * dW2[i * 2 + k];
      }
      dJda1[i] = delta2[0] * w2[i * 2] + delta2[1] * w2[i * 2 + 1];
      tanhDerivative1[i] = 1 - a1[i] * a1[i];
      delta1[i] = dJda1[i] * tanhDerivative1[i];
      db1[i] = delta1[i];
      newB1[i] = b1[i] - alpha * db1[i];
    }
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        dW1[i * 3 + j] = x[i] * delta1[j];
        newW1[i * 3 + j] = w1[i * 3 + j] - alpha * dW1[i * 3 + j];
      }
      dJdx[i] = delta1[0] * w1[i * 3] + delta1[1] * w1[i * 3 + 1] + delta1[2] * w1[i * 3 + 2];
    }
  }
}
