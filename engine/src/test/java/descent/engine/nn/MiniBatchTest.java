package descent.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import descent.engine.data.Dataset;
import descent.engine.random.SeededRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A block of examples must give exactly (bit for bit) what one example at a time gives: the
 * shared kernels keep four or more sums in registers and have remainder paths for widths that
 * are not multiples of four and for odd row counts, so the shapes here exercise all of them.
 */
class MiniBatchTest {

  private static Dataset randomData(int examples, int inputs, int outputs, boolean oneHot,
      long seed) {
    SeededRandom random = new SeededRandom(seed);
    double[] x = new double[examples * inputs];
    double[] y = new double[examples * outputs];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble(-2, 2);
    }
    for (int e = 0; e < examples; e++) {
      if (oneHot) {
        y[e * outputs + (int) (random.nextDouble() * outputs)] = 1;
      } else {
        for (int k = 0; k < outputs; k++) {
          y[e * outputs + k] = random.nextDouble(-1, 1);
        }
      }
    }
    return new Dataset(x, inputs, y, outputs);
  }

  private static void assertBlocksMatchOneExampleAtATime(int[] sizes, Activation[] activations,
      Loss loss, int capacity) {
    Network network = new Network(sizes, activations);
    Initializer.GLOROT.initialize(network, new SeededRandom(5));
    int outputs = sizes[sizes.length - 1];
    Dataset data = randomData(23, sizes[0], outputs, loss == Loss.CROSS_ENTROPY, 9);
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = (i * 7) % order.length; // a shuffled order, as in training
    }

    Backpropagation single = new Backpropagation(network, loss);
    Gradients expected = new Gradients(network);
    double expectedLoss = 0;
    for (int example : order) {
      expectedLoss += single.accumulate(data.inputs(), example * sizes[0], data.targets(),
          example * outputs, expected);
    }

    double mean = 1.0 / order.length;
    expected.scale(mean);

    MiniBatch block = new MiniBatch(network, capacity);
    Gradients actual = new Gradients(network);
    for (int l = 0; l < network.layerCount(); l++) {
      // Left over from an earlier batch: the first block must start from zero, not from these.
      Arrays.fill(actual.weights(l), Double.NaN);
      Arrays.fill(actual.biases(l), 7.0);
    }
    double actualLoss = block.meanGradient(loss, data, order, 0, order.length, actual, 0);

    assertEquals(expectedLoss, actualLoss, 0.0, "loss sum");
    for (int l = 0; l < network.layerCount(); l++) {
      assertArrayEquals(expected.weights(l), actual.weights(l), 0.0, "dJ/dW of layer " + l);
      assertArrayEquals(expected.biases(l), actual.biases(l), 0.0, "dJ/db of layer " + l);
    }
    // The forward pass of the last block equals Network.forward for each of its rows.
    block.forward();
    double[] out = block.activations(network.layerCount() - 1);
    int lastFrom = (order.length - 1) / capacity * capacity;
    for (int r = 0; r < block.rows(); r++) {
      double[] one = network.forward(data.inputs(), order[lastFrom + r] * sizes[0]);
      for (int k = 0; k < outputs; k++) {
        assertEquals(one[k], out[r * outputs + k], 0.0, "output " + k + " of row " + r);
      }
    }
  }

  @Test
  void blocksOfTanhLayersWithWidthsOffTheFourBlockGiveTheSameBitsAsSingleExamples() {
    assertBlocksMatchOneExampleAtATime(new int[] {3, 5, 8, 7, 1},
        new Activation[] {Activation.TANH, Activation.TANH, Activation.RELU, Activation.TANH},
        Loss.MSE, 4);
  }

  @Test
  void softmaxCrossEntropyBlocksNormaliseEachRowOnItsOwn() {
    assertBlocksMatchOneExampleAtATime(new int[] {4, 9, 3},
        new Activation[] {Activation.ELU, Activation.SOFTMAX}, Loss.CROSS_ENTROPY, 5);
  }

  @Test
  void sigmoidBinaryCrossEntropyAndSwishGiveTheSameBitsInOddSizedBlocks() {
    assertBlocksMatchOneExampleAtATime(new int[] {2, 6, 2},
        new Activation[] {Activation.SWISH, Activation.SIGMOID}, Loss.BINARY_CROSS_ENTROPY, 7);
  }

  @Test
  void aBlockOfOneIsTheSingleExamplePath() {
    assertBlocksMatchOneExampleAtATime(new int[] {2, 4, 4, 1},
        new Activation[] {Activation.LEAKY_RELU, Activation.SIGMOID, Activation.LINEAR},
        Loss.MSE, 1);
  }

  @Test
  void loadingMoreExamplesThanTheBlockHoldsOrNoneOrAMeanOfNoneIsRefusedWithTheLimits() {
    Network network = new Network(new int[] {2, 3, 1},
        new Activation[] {Activation.TANH, Activation.TANH});
    MiniBatch block = new MiniBatch(network, 4);
    Dataset data = randomData(6, 2, 1, false, 1);
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> block.load(data, null, 0, 5));
    assertEquals("count must be in [1, 4] (was 5)", tooMany.getMessage());
    assertThrows(IllegalArgumentException.class, () -> block.load(data, null, 0, 0));
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> block.meanGradient(Loss.MSE, data, null, 3, 3, new Gradients(network), 0));
    assertEquals("to must be above from (were 3 and 3)", empty.getMessage());
    block.load(data, null, 2, 4);
    assertEquals(4, block.rows());
  }
}
