package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.bench.StandardConfigs;
import descent.engine.jvm.BundledDataLoader;
import descent.engine.metrics.Evaluator;
import descent.engine.train.Status;
import org.junit.jupiter.api.Test;

class RealDataTrainingTest {

  @Test
  void irisReachesAtLeast93PercentTestAccuracy() {
    Session session = Session.create(StandardConfigs.iris().dataText(BundledDataLoader.text("iris"))
        .stopping(300, 0, 0));
    assertEquals(Status.FINISHED, session.run(1000));
    Evaluator test = session.evaluateTest();
    assertTrue(test.accuracy() >= 0.93, "iris test accuracy " + test.accuracy());
    int total = 0;
    for (int count : test.confusionMatrix()) {
      total += count;
    }
    assertEquals(session.testSet().size(), total);
  }

  @Test
  void digitsWithA32UnitReluLayerReachesAtLeast95PercentTestAccuracy() {
    Session session = Session.create(StandardConfigs.digits()
        .dataText(BundledDataLoader.text("digits")).stopping(40, 0, 0));
    session.run(40);
    double accuracy = session.evaluateTest().accuracy();
    assertTrue(accuracy >= 0.95, "digits test accuracy " + accuracy);
  }

  @Test
  void wineWithStandardisedInputsReachesAtLeast95PercentTestAccuracy() {
    Session session = Session.create(StandardConfigs.iris().dataset("wine")
        .dataText(BundledDataLoader.text("wine")).stopping(100, 0, 0));
    session.run(100);
    double accuracy = session.evaluateTest().accuracy();
    assertTrue(accuracy >= 0.95, "wine test accuracy " + accuracy);
  }
}
