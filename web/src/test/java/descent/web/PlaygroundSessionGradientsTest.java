package descent.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.engine.data.Dataset;
import descent.engine.experiment.ExperimentDefaults;
import descent.engine.nn.Backpropagation;
import descent.engine.nn.Gradients;
import descent.engine.nn.Network;
import descent.engine.session.ExperimentSessions;
import descent.engine.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The gradient a hovered weight's tooltip shows: the mean dJ/dparameter over the training set,
 * computed block by block, must be exactly the one-example-at-a-time sum divided by the count,
 * and must be the slope of the mean training loss.
 */
class PlaygroundSessionGradientsTest {
  private static final int EPOCHS = 7;

  @Test
  void theTooltipGradientIsTheMeanOfThePerExampleGradientsBitForBitAndTheLossSlope() {
    PlaygroundSession page = PlaygroundSession.create(ExperimentDefaults.defaultNetwork(), null);
    page.train(EPOCHS);
    double[] shown = page.gradients().clone();

    // The same seeded run, outside the page: the same weights after the same epochs.
    Session twin = ExperimentSessions.create(ExperimentDefaults.defaultNetwork(), null);
    twin.run(EPOCHS);
    Network network = twin.network();
    Dataset train = twin.trainSet();
    Backpropagation oneByOne = new Backpropagation(network, twin.trainer().loss());
    Gradients sum = new Gradients(network);
    for (int e = 0; e < train.size(); e++) {
      oneByOne.accumulate(train.inputs(), e * train.inputSize(), train.targets(),
          e * train.targetSize(), sum);
    }
    sum.scale(1.0 / train.size());
    int at = 0;
    for (int l = 0; l < network.layerCount(); l++) {
      for (double[] part : new double[][] {sum.weights(l), sum.biases(l)}) {
        for (double expected : part) {
          assertEquals(expected, shown[at], 0.0, "parameter " + at);
          at++;
        }
      }
    }
    assertEquals(shown.length, at, "one gradient per parameter");

    // Central difference of the mean training loss for the first weight of the second layer.
    int index = network.weights(0).length + network.biases(0).length;
    double[] w = network.weights(1);
    double h = 1e-6;
    double original = w[0];
    w[0] = original + h;
    double up = twin.evaluateTrain().meanLoss();
    w[0] = original - h;
    double down = twin.evaluateTrain().meanLoss();
    w[0] = original;
    assertEquals((up - down) / (2 * h), shown[index], 1e-7, "dJ/dW[0][0] of layer 1");
  }
}
