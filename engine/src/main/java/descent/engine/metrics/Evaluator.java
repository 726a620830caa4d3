package descent.engine.metrics;

import descent.engine.data.Dataset;
import descent.engine.data.TargetEncoding;
import descent.engine.nn.Loss;
import descent.engine.nn.MiniBatch;
import descent.engine.nn.Network;

/**
 * Loss and quality of a network on a data set in one forward pass, into fields allocated once:
 * for classification accuracy and the confusion matrix (row = true class, column = predicted),
 * for regression RMSE and the coefficient of determination R^2 = 1 - SS_res / SS_tot.
 */
public final class Evaluator {
  private final Network network;
  private final MiniBatch block;
  private final Loss loss;
  private final TargetEncoding encoding;
  private final int[] confusion;
  private double meanLoss;
  private double accuracy;
  private double rmse;
  private double rSquared;

  public Evaluator(Network network, Loss loss, TargetEncoding encoding) {
    this.network = network;
    this.block = new MiniBatch(network, MiniBatch.DEFAULT_CAPACITY);
    this.loss = loss;
    this.encoding = encoding;
    int k = encoding.classCount();
    this.confusion = new int[k * k];
  }

  /** Evaluates the current network on data (which may be empty: then everything is NaN). */
  public void evaluate(Dataset data) {
    int n = data.size();
    int out = data.targetSize();
    double[] y = data.targets();
    int last = network.layerCount() - 1;
    int k = encoding.classCount();
    java.util.Arrays.fill(confusion, 0);
    double lossSum = 0;
    int correct = 0;
    double squaredError = 0;
    double targetSum = 0;
    double targetSquares = 0;
    for (int from = 0; from < n; from += block.capacity()) {
      int rows = Math.min(block.capacity(), n - from);
      block.load(data, null, from, rows);
      block.forward();
      lossSum = block.addLosses(loss, lossSum);
      double[] output = block.activations(last);
      for (int r = 0; r < rows; r++) {
        int i = from + r;
        if (k > 0) {
          int truth = encoding.predictedClass(y, i * out);
          int predicted = encoding.predictedClass(output, r * out);
          confusion[truth * k + predicted]++;
          if (truth == predicted) {
            correct++;
          }
        } else {
          double d = output[r] - y[i];
          squaredError += d * d;
          targetSum += y[i];
          targetSquares += y[i] * y[i];
        }
      }
    }
    meanLoss = n == 0 ? Double.NaN : lossSum / n;
    accuracy = n == 0 || k == 0 ? Double.NaN : (double) correct / n;
    rmse = n == 0 || k > 0 ? Double.NaN : Math.sqrt(squaredError / n);
    double totalSquares = targetSquares - targetSum * targetSum / n;
    rSquared = n == 0 || k > 0 ? Double.NaN : 1 - squaredError / totalSquares;
  }

  public double meanLoss() {
    return meanLoss;
  }

  /** Fraction classified correctly; NaN for regression. */
  public double accuracy() {
    return accuracy;
  }

  /** Root mean squared error of the output; NaN for classification. */
  public double rmse() {
    return rmse;
  }

  /** R^2; NaN for classification. */
  public double rSquared() {
    return rSquared;
  }

  /** Count of examples of true class t predicted as p at index t * classCount + p (live array). */
  public int[] confusionMatrix() {
    return confusion;
  }
}
