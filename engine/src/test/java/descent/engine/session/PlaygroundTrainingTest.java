package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.bench.StandardConfigs;
import descent.engine.metrics.History;
import descent.engine.train.Status;
import org.junit.jupiter.api.Test;

class PlaygroundTrainingTest {

  @Test
  void thePlaygroundSpiralSetupGetsTheExactTrainingLossBelowOneHundredth() {
    // Playground's own setup and plain SGD at 0.03, batch 10, seed 1: the exact training loss
    // (mean of 1/2 (a - y)^2 after the epoch) drops below 0.01 at epoch 1300.
    Session session = Session.create(StandardConfigs.spiral());
    double exactLoss = Double.NaN;
    while (session.epoch() < 3000) {
      session.run(100);
      exactLoss = session.evaluateTrain().meanLoss();
      if (exactLoss < 0.01) {
        break;
      }
    }
    assertTrue(exactLoss < 0.01, "loss " + exactLoss + " after " + session.epoch() + " epochs");
    assertEquals(Status.TRAINING, session.status());
    assertTrue(session.evaluateTest().accuracy() > 0.9);
  }

  @Test
  void aTargetLossStopsTheRunAsConverged() {
    Session session = Session.create(StandardConfigs.spiral().stopping(6000, 0.01, 0));
    assertEquals(Status.CONVERGED, session.run(6000));
    assertTrue(session.history().trainLosses().last() <= 0.01);
    assertTrue(session.epoch() < 6000);
  }

  @Test
  void aLearningRateOfTenOnSpiralStopsAsDivergedWithoutRecordingGarbage() {
    Session session = Session.create(StandardConfigs.spiral().learningRate(10));
    Status status = session.run(200);
    assertEquals(Status.DIVERGED, status);
    assertTrue(session.epoch() <= 20, "diverged only after " + session.epoch() + " epochs");
    History history = session.history();
    for (int i = 0; i < history.size(); i++) {
      double loss = history.trainLosses().get(i);
      assertTrue(!Double.isNaN(loss) && !Double.isInfinite(loss), "row " + i + ": " + loss);
    }
    int epochs = session.epoch();
    assertEquals(Status.DIVERGED, session.step());
    assertEquals(epochs, session.epoch());
  }

  @Test
  void anExplodingLinearRegressionIsCaughtBeforeItProducesNaN() {
    Session session = Session.create(new SessionConfig().dataset("plane").output("linear")
        .learningRate(5).batchSize(0));
    assertEquals(Status.DIVERGED, session.run(1000));
    assertTrue(session.epoch() < 100);
    for (int i = 0; i < session.history().size(); i++) {
      assertTrue(session.history().trainLosses().get(i) < 1e12);
    }
  }

  @Test
  void theSameConfigReplaysTheSameHistoryToTheLastBit() {
    Session first = Session.create(StandardConfigs.spiral().noise(0.1).optimizer("adam")
        .learningRate(0.01));
    Session second = Session.create(StandardConfigs.spiral().noise(0.1).optimizer("adam")
        .learningRate(0.01));
    first.run(30);
    second.run(30);
    for (int i = 0; i < first.history().size(); i++) {
      assertEquals(Double.doubleToLongBits(first.history().trainLosses().get(i)),
          Double.doubleToLongBits(second.history().trainLosses().get(i)));
      assertEquals(Double.doubleToLongBits(first.history().testLosses().get(i)),
          Double.doubleToLongBits(second.history().testLosses().get(i)));
    }
  }

  @Test
  void fullBatchDescentOnTheXorTableConvergesByTheGradientNormCriterion() {
    Session session = Session.create(new SessionConfig().dataset("xor-table")
        .hidden(new int[] {3}, "tanh").output("softmax").loss("cross-entropy")
        .learningRate(0.5).batchSize(0).stopping(200_000, 0, 1e-3).seed(1));
    assertEquals(Status.CONVERGED, session.run(200_000));
    assertEquals(1.0, session.evaluateTrain().accuracy());
  }

  @Test
  void theEpochLimitFinishesTheRunAndTheHistoryHasOneRowPerEpochPlusTheStart() {
    Session session = Session.create(StandardConfigs.spiral().stopping(25, 0, 0));
    assertEquals(Status.FINISHED, session.run(100));
    assertEquals(25, session.epoch());
    assertEquals(26, session.history().size());
    assertEquals(session.initialLoss(), session.history().trainLosses().get(0));
  }

  @Test
  void everyHiddenActivationTrainsTheCircleWithoutDiverging() {
    for (String activation : new String[] {"linear", "sigmoid", "tanh", "relu", "leaky-relu",
        "elu", "swish"}) {
      Session session = Session.create(new SessionConfig().dataset("circle")
          .features("x1", "x2", "x1^2", "x2^2").hidden(new int[] {4}, activation)
          .output("sigmoid").loss("binary-cross-entropy").optimizer("adam").learningRate(0.03)
          .stopping(60, 0, 0));
      assertEquals(Status.FINISHED, session.run(60), activation);
      assertTrue(session.evaluateTest().accuracy() > 0.9,
          activation + ": " + session.evaluateTest().accuracy());
    }
  }
}
