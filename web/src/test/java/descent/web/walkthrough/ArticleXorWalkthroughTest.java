package descent.web.walkthrough;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every number the walkthrough reports for the article's XOR network equals the hand computation. */
class ArticleXorWalkthroughTest {
  /** Room for the engine computing tanh and exp with its own (fdlibm) routines. */
  private static final double TOLERANCE = 1e-12;

  private static HandComputedXorStep byHand(int example) {
    return new HandComputedXorStep(ArticleXorExample.W1, ArticleXorExample.B1, ArticleXorExample.W2,
        ArticleXorExample.B2, new double[] {ArticleXorExample.INPUT_ROWS[2 * example],
            ArticleXorExample.INPUT_ROWS[2 * example + 1]},
        new double[] {ArticleXorExample.TARGET_ROWS[2 * example], ArticleXorExample.TARGET_ROWS[2 * example + 1]},
        ArticleXorExample.LEARNING_RATE);
  }

  @ParameterizedTest(name = "example {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void everyNumberMatchesTheHandComputation(int example) {
    WalkthroughBuilder builder = new WalkthroughBuilder().useArticleXor();
    assertEquals("", builder.problem());
    Walkthrough walk = builder.build(example);
    HandComputedXorStep hand = byHand(example);

    assertArrayEquals(hand.x, walk.input(), 0);
    assertArrayEquals(hand.y, walk.target(), 0);
    assertArrayEquals(hand.z1, walk.preActivations(0), TOLERANCE);
    assertArrayEquals(hand.a1, walk.activations(0), TOLERANCE);
    assertArrayEquals(hand.z2, walk.preActivations(1), TOLERANCE);
    assertArrayEquals(hand.a2, walk.activations(1), TOLERANCE);
    assertEquals(hand.loss, walk.loss(), TOLERANCE);
    assertArrayEquals(hand.dJda2, walk.activationGradients(1), TOLERANCE);
    assertArrayEquals(hand.delta2, walk.deltas(1), TOLERANCE);
    assertArrayEquals(hand.dW2, walk.weightGradients(1), TOLERANCE);
    assertArrayEquals(hand.db2, walk.biasGradients(1), TOLERANCE);
    assertArrayEquals(hand.dJda1, walk.activationGradients(0), TOLERANCE);
    assertArrayEquals(hand.tanhDerivative1, walk.activationDerivatives(0), TOLERANCE);
    assertArrayEquals(hand.delta1, walk.deltas(0), TOLERANCE);
    assertEquals(0, walk.activationDerivatives(1).length, "softmax has no element-wise derivative");
    assertArrayEquals(hand.dW1, walk.weightGradients(0), TOLERANCE);
    assertArrayEquals(hand.db1, walk.biasGradients(0), TOLERANCE);
    assertArrayEquals(hand.dJdx, walk.inputGradient(), TOLERANCE);
    assertArrayEquals(hand.newW1, walk.updatedWeights(0), TOLERANCE);
    assertArrayEquals(hand.newB1, walk.updatedBiases(0), TOLERANCE);
    assertArrayEquals(hand.newW2, walk.updatedWeights(1), TOLERANCE);
    assertArrayEquals(hand.newB2, walk.updatedBiases(1), TOLERANCE);
    assertArrayEquals(ArticleXorExample.W1, walk.weights(0), 0);
    assertArrayEquals(ArticleXorExample.W2, walk.weights(1), 0);
  }

  @ParameterizedTest(name = "example {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void theOutputDeltaIsTheSoftmaxMinusTheOneHotLabel(int example) {
    Walkthrough walk = new WalkthroughBuilder().useArticleXor().build(example);
    double[] a = walk.activations(1);
    double[] y = walk.target();
    assertEquals(1, y[0] + y[1], 0, "labels are one-hot");
    assertArrayEquals(new double[] {a[0] - y[0], a[1] - y[1]}, walk.deltas(1), TOLERANCE);
  }
}
