package descent.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.jvm.BundledDataLoader;
import descent.engine.nn.Activation;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact bits of the standard configurations' loss histories: any change to the
 * arithmetic (order of additions, a fused operation, a different tanh) shows up here, and the
 * browser builds are compared against the same histories by bin/bench. Recorded before the hot
 * loops were optimised, and re-recorded deliberately twice: when tanh and exp became the fast
 * {@code FastMath} versions, and when tanh became the branch-free {@code FastTanh} (the histories
 * moved in the last bits only); the optimisations of the loops left them unchanged.
 */
class LossFingerprintTest {
  private static void assertFingerprint(String fingerprint, int expectedHash, String lastEntry) {
    assertTrue(fingerprint.endsWith(lastEntry), fingerprint);
    assertEquals(expectedHash, fingerprint.hashCode());
  }

  @Test
  void spiralConfigurationsReplayTheirRecordedLossBits() {
    assertFingerprint(LossFingerprint.session(1, null, 50), -1877641036,
        "3fde681a8353d95d:3fde12a5436383d8");
    assertFingerprint(LossFingerprint.session(2, null, 50), -1510027569,
        "3fde4e99f177b750:3fdd80f1bfd44365");
  }

  @Test
  void realDataConfigurationsReplayTheirRecordedLossBits() {
    assertFingerprint(LossFingerprint.session(3, BundledDataLoader.text("digits"), 3),
        -962119517, "3fef02fb5bd7951a:3fea5c79da63b99c");
    assertFingerprint(LossFingerprint.session(4, BundledDataLoader.text("iris"), 50),
        -124984769, "3fae7cfbdfd4cb3f:3fc12202792d5457");
  }

  @Test
  void xorNetworkReplaysItsRecordedLossBits() {
    assertFingerprint(LossFingerprint.xor(500), 1616095694, "3f87ff99dd32d180");
  }

  @Test
  void theHotLoopsSwitchOnTheseOrdinals() {
    // Activation.forward(int, ...) and multiplyByDerivative(int, ...) special-case these.
    assertEquals(0, Activation.LINEAR.ordinal());
    assertEquals(2, Activation.TANH.ordinal());
    assertEquals(3, Activation.RELU.ordinal());
  }
}
