package descent.web.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WalkthroughBuilderTest {
  @Test
  void reportsWrongWeightShapesInWords() {
    WalkthroughBuilder builder = new WalkthroughBuilder().useArticleXor().weights(0, new double[] {1, 2, 3});
    assertEquals("Layer 1 needs 2 x 3 weights.", builder.problem());
  }

  @Test
  void refusesCrossEntropyWithoutSoftmax() {
    WalkthroughBuilder builder = new WalkthroughBuilder().inputs(2).layer(1, "tanh").loss("cross-entropy")
        .examples(new double[] {0, 1}, new double[] {1});
    assertTrue(builder.problem().contains("needs softmax"), builder.problem());
  }

  @Test
  void drawsMissingWeightsFromTheSeed() {
    WalkthroughBuilder builder = new WalkthroughBuilder().inputs(2).layer(2, "tanh").layer(1, "linear")
        .loss("mse").seed(7).examples(new double[] {0, 1, 1, 1}, new double[] {1, 0});
    assertEquals("", builder.problem());
    assertEquals(2, builder.exampleCount());
    double[] first = builder.build(1).weights(0);
    assertEquals(4, first.length);
    assertTrue(first[0] != 0);
    assertEquals(first[0], builder.build(1).weights(0)[0], 0, "same seed, same weights");
  }
}
