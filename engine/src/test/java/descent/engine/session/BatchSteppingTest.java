package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import descent.engine.bench.StandardConfigs;
import org.junit.jupiter.api.Test;

class BatchSteppingTest {

  @Test
  void steppingBatchByBatchGivesExactlyTheEpochsOfWholeEpochSteps() {
    Session byEpoch = Session.create(StandardConfigs.spiral());
    Session byBatch = Session.create(StandardConfigs.spiral());
    byEpoch.run(3);
    int batches = 0;
    while (byBatch.epoch() < 3) {
      byBatch.stepBatch();
      batches++;
    }
    assertEquals(3 * 25, batches, "250 training examples in batches of 10");
    for (int l = 0; l < byEpoch.network().layerCount(); l++) {
      assertArrayEquals(byEpoch.network().weights(l), byBatch.network().weights(l));
      assertArrayEquals(byEpoch.network().biases(l), byBatch.network().biases(l));
    }
    assertArrayEquals(byEpoch.history().trainLosses().toArray(),
        byBatch.history().trainLosses().toArray());
  }

  @Test
  void aBatchStepMovesTheWeightsAndTheEpochCursorButNotTheEpoch() {
    Session session = Session.create(StandardConfigs.spiral());
    double before = session.network().weights(0)[0];
    session.stepBatch();
    assertEquals(0, session.epoch());
    assertEquals(10, session.trainer().examplesIntoEpoch());
    assertEquals(1, session.history().size(), "only the state before training is recorded");
    org.junit.jupiter.api.Assertions.assertNotEquals(before, session.network().weights(0)[0]);
  }
}
