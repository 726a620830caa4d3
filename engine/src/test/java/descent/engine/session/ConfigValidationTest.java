package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.bench.StandardConfigs;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

  private static String errorOf(SessionConfig config) {
    return assertThrows(IllegalArgumentException.class, () -> Session.create(config))
        .getMessage();
  }

  @Test
  void crossEntropyWithATanhOutputIsRejectedNamingTheLoss() {
    String message = errorOf(StandardConfigs.spiral().loss("cross-entropy"));
    assertTrue(message.startsWith("loss: 'cross-entropy' cannot be used with output activation"),
        message);
  }

  @Test
  void binaryCrossEntropyNeedsASigmoidOutput() {
    assertTrue(errorOf(StandardConfigs.spiral().loss("binary-cross-entropy"))
        .contains("needs sigmoid"));
  }

  @Test
  void softmaxInAHiddenLayerAndReluAsOutputAreRejected() {
    assertTrue(errorOf(StandardConfigs.spiral().hidden(new int[] {4}, "softmax"))
        .startsWith("activations[0]"));
    assertTrue(errorOf(StandardConfigs.spiral().output("relu"))
        .contains("the output layer cannot use 'relu'"));
  }

  @Test
  void layerLimitsAreEnforced() {
    assertTrue(errorOf(StandardConfigs.spiral().hidden(new int[] {257}, "tanh"))
        .startsWith("sizes[1] must be at most 256"));
    assertTrue(errorOf(StandardConfigs.spiral().hidden(new int[11], "tanh"))
        .startsWith("sizes: at most 10 hidden layers"));
  }

  @Test
  void unknownIdsNameTheirParameter() {
    assertTrue(errorOf(StandardConfigs.spiral().optimizer("sgdx")).startsWith("optimizer"));
    assertTrue(errorOf(StandardConfigs.spiral().dataset("spirals")).startsWith("dataset"));
    assertTrue(errorOf(StandardConfigs.spiral().features("x9")).startsWith("features"));
    assertTrue(errorOf(StandardConfigs.spiral().schedule("warm", 1, 1, 0, 1))
        .startsWith("schedule"));
    assertTrue(errorOf(StandardConfigs.iris()).startsWith("dataText"));
  }
}
