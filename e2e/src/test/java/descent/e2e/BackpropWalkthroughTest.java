package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walkthrough of the article's XOR network: every stage is reached, and the numbers on the
 * page equal a forward and backward pass computed here by hand with plain loops.
 */
class BackpropWalkthroughTest extends BrowserTest {
  private static final double[] W1 = {0.2, -0.4, 0.7, 0.6, 0.3, -0.5};
  private static final double[] W2 = {0.5, -0.6, -0.3, 0.8, 0.9, 0.1};
  private static final double[] X = {1, 0};
  private static final double[] Y = {0, 1};
  private static final double ALPHA = 0.1;
  private static final int STAGES = 12;

  /** The article's network by hand for x = (1, 0), y = (0, 1); biases are zero. */
  private static final class ByHand {
    final double[] z1 = new double[3];
    final double[] a1 = new double[3];
    final double[] z2 = new double[2];
    final double[] a2 = new double[2];
    final double loss;
    final double[] delta2 = new double[2];
    final double[] dW2 = new double[6];
    final double[] dJda1 = new double[3];
    final double[] delta1 = new double[3];
    final double[] dW1 = new double[6];
    final double[] newW1 = new double[6];

    ByHand() {
      for (int j = 0; j < 3; j++) {
        z1[j] = X[0] * W1[j] + X[1] * W1[3 + j];
        a1[j] = Math.tanh(z1[j]);
      }
      for (int k = 0; k < 2; k++) {
        z2[k] = a1[0] * W2[k] + a1[1] * W2[2 + k] + a1[2] * W2[4 + k];
      }
      double sum = Math.exp(z2[0]) + Math.exp(z2[1]);
      for (int k = 0; k < 2; k++) {
        a2[k] = Math.exp(z2[k]) / sum;
        delta2[k] = a2[k] - Y[k];
      }
      loss = -Math.log(a2[1]);
      for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 2; k++) {
          dW2[2 * i + k] = a1[i] * delta2[k];
        }
        dJda1[i] = delta2[0] * W2[2 * i] + delta2[1] * W2[2 * i + 1];
        delta1[i] = dJda1[i] * (1 - a1[i] * a1[i]);
      }
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 3; j++) {
          dW1[3 * i + j] = X[i] * delta1[j];
          newW1[3 * i + j] = W1[3 * i + j] - ALPHA * dW1[3 * i + j];
        }
      }
    }
  }

  private static WebElement byTestId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return Waits.upTo(driver, seconds);
  }

  private static void open(String query) {
    // From a blank page, so a change of the fragment alone is a fresh load too.
    driver.get("about:blank");
    driver.get(server.url() + "walkthrough.html" + query);
    waitUpTo(20).until((WebDriver d) -> "true".equals(
        d.findElement(By.tagName("html")).getDomAttribute("data-engine-ready")));
  }

  private static String stageKind() {
    return driver.findElement(By.tagName("html")).getDomAttribute("data-stage-kind");
  }

  /** Checks the cells of block `name` against the expected numbers, full precision and as shown. */
  private static void assertNumbers(String name, double[] expected) {
    for (int i = 0; i < expected.length; i++) {
      WebElement cell = byTestId("num-" + name + "-" + i);
      double shown = Double.parseDouble(cell.getDomAttribute("data-value"));
      assertEquals(expected[i], shown, 1e-12, name + "[" + i + "]");
      assertEquals(expected[i], Double.parseDouble(cell.getText()), Math.abs(expected[i]) * 1e-3 + 1e-12,
          name + "[" + i + "] as displayed: " + cell.getText());
    }
  }

  @ParameterizedTest(name = "on the {0} backend")
  @ValueSource(strings = {"wasm", "js"})
  void everyStageShowsTheHandComputedNumbers(String backend) {
    open("?engine=" + backend);
    assertEquals(backend, byTestId("engine-backend").getText());
    ByHand hand = new ByHand();
    assertEquals("Stage 1 of " + STAGES, byTestId("stage-counter").getText());
    assertEquals("input", stageKind());
    assertNumbers("x", X);
    assertNumbers("y", Y);
    assertTrue(byTestId("back").getDomAttribute("disabled") != null);

    String[] kinds = {"weighted-sum", "activation", "weighted-sum", "activation", "loss", "output-delta", "gradients",
        "upstream", "hidden-delta", "gradients", "update"};
    for (int s = 0; s < kinds.length; s++) {
      byTestId("next").click();
      assertEquals(kinds[s], stageKind(), "stage " + (s + 2));
      assertEquals("Stage " + (s + 2) + " of " + STAGES, byTestId("stage-counter").getText());
      switch (s + 2) {
        case 2 -> assertNumbers("z1", hand.z1);
        case 3 -> assertNumbers("a1", hand.a1);
        case 4 -> assertNumbers("z2", hand.z2);
        case 5 -> assertNumbers("a2", hand.a2);
        case 6 -> assertNumbers("J", new double[] {hand.loss});
        case 7 -> assertNumbers("delta2", hand.delta2);
        case 8 -> assertNumbers("dW2", hand.dW2);
        case 9 -> assertNumbers("dJda1", hand.dJda1);
        case 10 -> assertNumbers("delta1", hand.delta1);
        case 11 -> assertNumbers("dW1", hand.dW1);
        default -> assertNumbers("W1new", hand.newW1);
      }
    }
    assertTrue(byTestId("next").getDomAttribute("disabled") != null, "the update is the last stage");
    assertFalse(byTestId("stage-formula").findElements(By.tagName("math")).isEmpty(), "the formula is MathML");
  }

  @Test
  void arrowKeysStepAndTheGraphFillsInBackward() {
    open("?engine=js");
    ByHand hand = new ByHand();
    byTestId("tab-graph").click();
    WebElement z2 = byTestId("graph-z2-1");
    assertTrue(z2.getDomAttribute("data-value") == null, "nothing computed before the forward pass");

    driver.findElement(By.tagName("body")).sendKeys(Keys.END);
    waitUpTo(5).until((WebDriver d) -> "update".equals(stageKind()));
    WebElement sum = byTestId("graph-z1-2");
    assertEquals(hand.z1[2], Double.parseDouble(sum.getDomAttribute("data-value")), 1e-12);
    assertEquals(hand.delta1[2], Double.parseDouble(sum.getDomAttribute("data-grad")), 1e-12);
    assertEquals(1, Double.parseDouble(byTestId("graph-J-0").getDomAttribute("data-grad")), 0);

    driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
    waitUpTo(5).until((WebDriver d) -> "input".equals(stageKind()));
    for (int i = 0; i < 6; i++) {
      driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
    }
    waitUpTo(5).until((WebDriver d) -> "output-delta".equals(stageKind()));
    WebElement out = byTestId("graph-z2-1");
    assertEquals(hand.delta2[1], Double.parseDouble(out.getDomAttribute("data-grad")), 1e-12);
    assertTrue(byTestId("graph-a1-0").getDomAttribute("data-grad") == null, "the hidden layer is not reached yet");
  }

  @Test
  void anExperimentInTheFragmentIsSteppedThrough() {
    String experiment = "{\"schemaVersion\":1,\"kind\":\"network\",\"seed\":3,\"data\":{\"source\":\"xor\"},"
        + "\"network\":{\"hidden\":[{\"units\":2,\"activation\":\"tanh\"}],\"output\":\"linear\",\"loss\":\"mse\","
        + "\"weights\":[[[1,-1],[0.5,2]],[[1],[-1]]],\"biases\":[[0,0],[0.5]]},"
        + "\"training\":{\"learningRate\":0.5}}";
    String fragment = Base64.getUrlEncoder().withoutPadding().encodeToString(experiment.getBytes(StandardCharsets.UTF_8));
    open("?engine=js#experiment=" + fragment);
    assertTrue(byTestId("experiment-error").getDomAttribute("hidden") != null);
    assertTrue(byTestId("network-description").getText().contains("2 → 2 tanh → 1 linear"),
        byTestId("network-description").getText());
    driver.findElement(By.tagName("body")).sendKeys(Keys.END);
    waitUpTo(5).until((WebDriver d) -> "update".equals(stageKind()));
    // Example 0 is x = (0, 0), y = 0: z1 = 0, a1 = 0, output z = 0.5, so dJ/dz2 = 0.5 and b2 becomes 0.25.
    assertNumbers("b2new", new double[] {0.25});
    assertNumbers("alpha", new double[] {0.5});
  }

  @Test
  void aBrokenExperimentFallsBackToTheArticleNetworkAndSaysWhy() {
    open("?engine=js#experiment=not-json");
    assertTrue(byTestId("experiment-error").isDisplayed());
    assertTrue(byTestId("network-description").getText().contains("XOR"));
  }
}
