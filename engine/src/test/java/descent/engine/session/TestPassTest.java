package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.bench.StandardConfigs;
import org.junit.jupiter.api.Test;

class TestPassTest {

  @Test
  void skippingThePerEpochTestPassTrainsExactlyTheSameWeightsAndTrainingLosses() {
    Session tested = Session.create(StandardConfigs.spiral());
    Session untested = Session.create(StandardConfigs.spiral());
    untested.setTestEveryEpoch(false);
    tested.run(20);
    untested.run(20);
    for (int l = 0; l < tested.network().layerCount(); l++) {
      assertArrayEquals(tested.network().weights(l), untested.network().weights(l));
      assertArrayEquals(tested.network().biases(l), untested.network().biases(l));
    }
    assertArrayEquals(tested.history().trainLosses().toArray(),
        untested.history().trainLosses().toArray());
  }

  @Test
  void withoutThePerEpochTestPassHistoryRowsCarryNaNAndTheTestSetIsEvaluatedOnRequest() {
    Session tested = Session.create(StandardConfigs.spiral());
    Session untested = Session.create(StandardConfigs.spiral());
    untested.setTestEveryEpoch(false);
    tested.run(5);
    untested.run(5);
    assertEquals(6, untested.history().size());
    assertTrue(Double.isNaN(untested.history().testLosses().last()));
    assertTrue(Double.isNaN(untested.history().testAccuracies().last()));
    assertEquals(tested.history().testLosses().last(), untested.evaluateTest().meanLoss());
    assertEquals(tested.history().testAccuracies().last(), untested.evaluateTest().accuracy());
  }
}
