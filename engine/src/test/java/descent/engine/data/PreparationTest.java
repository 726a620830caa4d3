package descent.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.jvm.BundledDataLoader;
import descent.engine.math.EngineMath;
import descent.engine.nn.Activation;
import descent.engine.random.SeededRandom;
import org.junit.jupiter.api.Test;

class PreparationTest {

  @Test
  void everyGeneratorGivesTheSamePointsForTheSameSeedAndOthersForAnother() {
    for (PlaygroundData generator : PlaygroundData.values()) {
      RawData first = generator.generate(200, 0.2, new SeededRandom(7));
      RawData again = generator.generate(200, 0.2, new SeededRandom(7));
      RawData other = generator.generate(200, 0.2, new SeededRandom(8));
      assertArrayEquals(first.inputs(), again.inputs(), generator.id());
      assertArrayEquals(first.values(), again.values(), generator.id());
      assertNotEquals(first.inputs()[10], other.inputs()[10], generator.id());
      assertEquals(200, first.size(), generator.id());
      for (double v : first.inputs()) {
        assertTrue(Math.abs(v) < 12, generator.id() + " point " + v);
      }
    }
  }

  @Test
  void classificationGeneratorsProduceBothClassesInBalance() {
    for (PlaygroundData generator : new PlaygroundData[] {PlaygroundData.CIRCLE,
        PlaygroundData.GAUSS, PlaygroundData.SPIRAL, PlaygroundData.MOONS}) {
      RawData data = generator.generate(400, 0, new SeededRandom(1));
      double ones = 0;
      for (double v : data.values()) {
        ones += v;
      }
      assertEquals(200, ones, generator.id());
    }
  }

  @Test
  void noiseOutsideTheRangeIsRejectedNamingIt() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> PlaygroundData.SPIRAL.generate(100, 0.6, new SeededRandom(1)));
    assertTrue(error.getMessage().startsWith("noise"), error.getMessage());
  }

  @Test
  void featuresComputeTheirFormulasInTheGivenOrder() {
    FeatureMap map = FeatureMap.ofIds("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)");
    double[] out = new double[7];
    map.apply(2, -3, out, 0);
    assertArrayEquals(new double[] {2, -3, 4, 9, -6, EngineMath.sin(2), EngineMath.sin(-3)}, out);
    assertThrows(IllegalArgumentException.class, () -> FeatureMap.ofIds("x3"));
  }

  @Test
  void theStratifiedSplitKeepsClassProportionsAndIsSeeded() {
    RawData iris = BundledDataSets.iris(BundledDataLoader.text("iris"));
    TrainTestSplit split = TrainTestSplit.of(iris, 0.8, new SeededRandom(3));
    assertEquals(120, split.train().size());
    assertEquals(30, split.test().size());
    int[] perClass = new int[3];
    for (double v : split.test().values()) {
      perClass[(int) v]++;
    }
    assertArrayEquals(new int[] {10, 10, 10}, perClass);
    assertArrayEquals(split.train().inputs(),
        TrainTestSplit.of(iris, 0.8, new SeededRandom(3)).train().inputs());
  }

  @Test
  void standardisationUsesTheTrainingStatisticsOnly() {
    double[] train = {1, 10, 3, 30};
    double[] test = {5, 50};
    Standardizer scaler = Standardizer.fit(train, 2);
    assertEquals(2, scaler.mean(0));
    assertEquals(20, scaler.mean(1));
    assertEquals(1, scaler.standardDeviation(0));
    scaler.applyInPlace(test);
    // (5 - 2) / 1 and (50 - 20) / 10: the test values did not move the statistics.
    assertArrayEquals(new double[] {3, 3}, test);
  }

  @Test
  void targetsFollowTheOutputLayer() {
    RawData two = new RawData(new double[] {0, 0, 1, 1}, 2, new double[] {0, 1}, 2);
    assertArrayEquals(new double[] {-1, 1},
        TargetEncoding.forOutput(2, Activation.TANH, 1).encode(two));
    assertArrayEquals(new double[] {0, 1},
        TargetEncoding.forOutput(2, Activation.SIGMOID, 1).encode(two));
    assertArrayEquals(new double[] {1, 0, 0, 1},
        TargetEncoding.forOutput(2, Activation.SOFTMAX, 2).encode(two));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> TargetEncoding.forOutput(3, Activation.SOFTMAX, 2));
    assertTrue(error.getMessage().startsWith("outputSize"), error.getMessage());
  }

  @Test
  void theBundledSetsHaveTheirDocumentedShapes() {
    RawData iris = BundledDataSets.iris(BundledDataLoader.text("iris"));
    RawData wine = BundledDataSets.wine(BundledDataLoader.text("wine"));
    RawData digits = BundledDataSets.digits(BundledDataLoader.text("digits"));
    assertEquals(150, iris.size());
    assertEquals(3, iris.classCount());
    assertEquals(13, wine.dimension());
    assertEquals(178, wine.size());
    assertEquals(1797, digits.size());
    assertEquals(10, digits.classCount());
    assertEquals(5.1, iris.inputs()[0]);
  }
}
