package descent.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import descent.engine.bench.StandardConfigs;
import descent.engine.inspect.ExampleInspection;
import descent.engine.inspect.Grid;
import descent.engine.inspect.GridEvaluator;
import descent.engine.nn.Gradients;
import descent.engine.nn.Network;
import org.junit.jupiter.api.Test;

class InspectionTest {

  @Test
  void theInspectedDeltasAreTheActivationGradientsTimesTanhPrime() {
    Session session = Session.create(StandardConfigs.spiral());
    session.run(5);
    ExampleInspection example = session.inspectTrainExample(3);
    for (int l = 0; l < session.network().layerCount(); l++) {
      double[] a = example.activations(l);
      double[] dJda = example.activationGradients(l);
      double[] delta = example.deltas(l);
      for (int j = 0; j < a.length; j++) {
        assertEquals(dJda[j] * (1 - a[j] * a[j]), delta[j], 1e-15);
      }
    }
    // Output dJ/da for mse is a - y.
    double y = session.trainSet().targets()[3];
    int last = session.network().layerCount() - 1;
    assertEquals(example.activations(last)[0] - y, example.activationGradients(last)[0]);
  }

  @Test
  void theLastUpdateIsTheDifferenceOfTheWeightsAcrossOneStep() {
    Session session = Session.create(StandardConfigs.spiral().batchSize(0));
    double[] before = session.network().weights(1).clone();
    session.step();
    Gradients update = session.lastUpdate();
    double[] after = session.network().weights(1);
    for (int i = 0; i < after.length; i++) {
      assertEquals(after[i] - before[i], update.weights(1)[i]);
    }
  }

  @Test
  void theGridAppliesTheFeaturesLikeTheTrainingData() {
    Session session = Session.create(StandardConfigs.spiral().features("x1", "x2", "sin(x1)")
        .hidden(new int[] {4, 3}, "tanh"));
    Grid grid = new Grid(-6, 6, -6, 6, 10, 8);
    GridEvaluator evaluator = session.gridEvaluator();
    double[] neurons = new double[5 + (4 + 3 + 1) * 80];
    evaluator.evaluateNeurons(grid, neurons, 5);
    Network network = session.network();
    int p = 2 * 10 + 7;
    double x1 = grid.x(7);
    double x2 = grid.y(2);
    double[] direct = network.forward(new double[] {x1, x2, Math.sin(x1)}, 0).clone();
    assertEquals(direct[0], neurons[5 + 7 * 80 + p], 1e-15);
    assertEquals(network.activations(0)[2], neurons[5 + 2 * 80 + p], 1e-15);
    assertEquals(network.activations(1)[1], neurons[5 + (4 + 1) * 80 + p], 1e-15);
    assertEquals(5.4, grid.x(9), 1e-12);
    assertEquals(5.25, grid.y(0), 1e-12);
  }

  @Test
  void theGridRefusesABufferTooShortForEveryUnitOrANegativeOffset() {
    Session session = Session.create(StandardConfigs.spiral().hidden(new int[] {4, 3}, "tanh"));
    Grid grid = new Grid(-6, 6, -6, 6, 10, 8);
    GridEvaluator evaluator = session.gridEvaluator();
    IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
        () -> evaluator.evaluateNeurons(grid, new double[8 * 80 + 1], 2));
    assertEquals("out needs at least 642 entries (has 641)", tooShort.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> evaluator.evaluateNeurons(grid, new double[8 * 80], -1));
  }

  @Test
  void explicitInitialParametersAreUsedAsGiven() {
    double[][][] weights = {{{0.1, 0.2}, {0.3, 0.4}}, {{0.5}, {-0.6}}};
    double[][] biases = {{0.01, 0.02}, {0.03}};
    Session session = Session.create(StandardConfigs.spiral().hidden(new int[] {2}, "tanh")
        .initialParameters(weights, biases));
    assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, session.network().weights(0));
    assertArrayEquals(new double[] {0.5, -0.6}, session.network().weights(1));
    IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Session.create(StandardConfigs.spiral()
            .hidden(new int[] {2}, "tanh")
            .initialParameters(new double[][][] {{{0.1, 0.2}, {0.3}}, {{0.5}, {-0.6}}}, biases)));
    assertEquals("weights: layer 0, row 1 needs 2 values (fan_out) but has 1", error.getMessage());
  }
}
