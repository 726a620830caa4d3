package descent.web.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FunctionLabTest {
  @Test
  void readsTheArticleFunctionAsOneDimensional() {
    ParseOutcome outcome = new FunctionLab().parse("x^2 - 2x + 1".replace("2x", "2*x"));
    assertTrue(outcome.ok());
    assertEquals(1, outcome.dimension());
    assertEquals(-1, outcome.errorPosition());
  }

  @Test
  void pointsAtTheSecondCaretOfADoubledPower() {
    ParseOutcome outcome = new FunctionLab().parse("x^^2");
    assertFalse(outcome.ok());
    assertEquals(2, outcome.errorPosition());
    assertFalse(outcome.errorMessage().isEmpty());
  }

  @Test
  void aFailedParseKeepsThePreviousFunction() {
    FunctionLab lab = new FunctionLab();
    lab.parse("x^2 + y^2");
    lab.parse("x +");
    assertEquals(2, lab.dimension());
  }

  @Test
  void theGridStartsAtTheTopRow() {
    FunctionLab lab = new FunctionLab();
    lab.parse("x + 10*y");
    assertArrayEquals(new double[] {10, 11, 0, 1}, lab.evaluateGrid(0, 1, 0, 1, 2, 2), 0);
  }

  @Test
  void theArticleRunConvergesInSixtyNineStepsAndReportsItsPathIncrementally() {
    FunctionLab lab = new FunctionLab();
    lab.parse("x^2 - 2*x + 1");
    LabRun run = lab.startRun("sgd", 0.1, 3, 0, 1e-6, 10000);
    run.step(10);
    assertEquals(11 * 3, run.recordsFrom(0).length);
    assertArrayEquals(new double[] {3, 4, 4}, java.util.Arrays.copyOf(run.recordsFrom(0), 3), 0);
    assertEquals(69, run.step(1000));
    assertEquals("converged", run.status());
    assertTrue(run.explanation().startsWith("Converged after 69 steps"), run.explanation());
    assertEquals(3, run.recordsFrom(69).length);
    assertEquals(69, run.updatesFrom(0).length);
    assertEquals(-0.4, run.updatesFrom(0)[0], 1e-15);
  }

  @Test
  void everyPresetParses() {
    FunctionLab lab = new FunctionLab();
    for (int i = 0; i < lab.presetCount(); i++) {
      LabPreset preset = lab.preset(i);
      assertTrue(lab.parse(preset.expression()).ok(), preset.id());
      assertEquals(preset.start().length, lab.dimension(), preset.id());
    }
  }
}
