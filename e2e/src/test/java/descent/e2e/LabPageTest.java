package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The function-descent lab, driven like a learner would: type, set, run, read. */
class LabPageTest extends BrowserTest {

  private static WebElement byTestId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return Waits.upTo(driver, seconds);
  }

  private static void open(String backend) {
    driver.get(server.url() + "lab.html?engine=" + backend);
    waitUpTo(20).until((WebDriver d) -> "true".equals(
        d.findElement(By.tagName("html")).getDomAttribute("data-engine-ready")));
    assertEquals(backend, byTestId("engine-backend").getText());
  }

  private static void type(String testId, String text) {
    WebElement input = byTestId(testId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Types the article's function and settings, runs, and waits for SGD's verdict. */
  private static String runArticle(String learningRate, String start) {
    type("function-input", "x^2 - 2*x + 1");
    waitUpTo(5).until((WebDriver d) -> byTestId("function-kind").getText().startsWith("f(x):"));
    type("learning-rate", learningRate);
    type("start-x", start);
    new Select(byTestId("speed")).selectByValue("instant");
    byTestId("play").click();
    waitUpTo(20).until((WebDriver d) -> !"running".equals(byTestId("status-sgd").getDomAttribute("data-status")));
    return byTestId("status-sgd").getText();
  }

  @ParameterizedTest(name = "on the {0} backend")
  @ValueSource(strings = {"wasm", "js"})
  void theArticleExampleConvergesInSixtyNineSteps(String backend) {
    open(backend);
    String status = runArticle("0.1", "3");
    assertTrue(status.contains("Converged after 69 steps"), status);
    assertTrue(status.contains("below the tolerance 1e-6"), status);
    assertEquals("69", byTestId("legend-sgd").getDomAttribute("data-steps"));
    assertTrue(byTestId("article-bug").getDomAttribute("hidden") != null, "no bug callout when it converges");
    List<WebElement> rows = driver.findElements(By.cssSelector("[data-testid='iterate-row']"));
    assertEquals(70, rows.size(), "steps 0 to 69");
    assertTrue(rows.get(0).getText().startsWith("0 3 4 4 -0.4"), rows.get(0).getText());
  }

  @Test
  void theArticleStartAtTheMinimumTakesNoStepAndSaysWhy() {
    open("js");
    type("function-input", "x^2 - 2*x + 1");
    type("start-x", "1");
    waitUpTo(5).until((WebDriver d) -> "converged".equals(byTestId("status-sgd").getDomAttribute("data-status")));
    assertTrue(byTestId("status-sgd").getText().contains("Converged before any step"), byTestId("status-sgd").getText());
    assertTrue(byTestId("article-note").isDisplayed());
    assertTrue(byTestId("article-note").getText().contains("x0 = 1"));
  }

  @Test
  void theVerdictIsWrittenInChineseAfterSwitchingLanguage() {
    open("js");
    runArticle("0.1", "3");
    try {
      new Select(byTestId("language")).selectByValue("zh-CN");
      waitUpTo(5).until((WebDriver d) -> byTestId("status-sgd").getText().contains("第 69 步后收敛"));
      assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
    } finally {
      // The choice is remembered in the browser; the other tests read English.
      new Select(byTestId("language")).selectByValue("en");
    }
    waitUpTo(5).until((WebDriver d) -> byTestId("status-sgd").getText().contains("Converged after 69 steps"));
  }

  @Test
  void learningRateOneOscillatesAndTheArticleLoopWouldNeverEnd() {
    open("wasm");
    String status = runArticle("1", "3");
    assertTrue(status.contains("Oscillating after"), status);
    assertTrue(byTestId("article-bug").isDisplayed());
    assertTrue(byTestId("article-bug").getText().contains("while True"));
  }

  @Test
  void learningRateOnePointOneDiverges() {
    open("js");
    String status = runArticle("1.1", "3");
    assertTrue(status.contains("Diverged after"), status);
    assertTrue(byTestId("article-bug").isDisplayed());
  }

  @ParameterizedTest(name = "on the {0} backend")
  @ValueSource(strings = {"wasm", "js"})
  void aDoubledPowerIsMarkedAtItsPosition(String backend) {
    open(backend);
    type("function-input", "x^^2");
    WebElement error = byTestId("function-error");
    waitUpTo(5).until((WebDriver d) -> error.isDisplayed());
    assertTrue(error.getText().contains("position 2"), error.getText());
    assertEquals("alert", error.getDomAttribute("role"));
    assertEquals("true", byTestId("function-input").getDomAttribute("aria-invalid"));
    WebElement mark = byTestId("function-error-mark");
    assertEquals("2", mark.getDomAttribute("data-position"));
    assertEquals("^", mark.getText());
    assertTrue(byTestId("play").getDomAttribute("disabled") == null,
        "the last good function stays runnable");

    type("function-input", "x^2");
    waitUpTo(5).until((WebDriver d) -> !error.isDisplayed());
    assertEquals("false", byTestId("function-input").getDomAttribute("aria-invalid"));
  }

  @ParameterizedTest(name = "on the {0} backend")
  @ValueSource(strings = {"wasm", "js"})
  void aTwoDimensionalPresetRacesSeveralOptimizers(String backend) {
    open(backend);
    new Select(byTestId("preset")).selectByValue("valley");
    waitUpTo(5).until((WebDriver d) -> byTestId("function-kind").getText().startsWith("f(x, y):"));
    for (String optimizer : new String[] {"momentum", "adam", "rmsprop"}) {
      byTestId("optimizer-" + optimizer).click();
    }
    new Select(byTestId("speed")).selectByValue("200");
    byTestId("play").click();
    waitUpTo(30).until((WebDriver d) -> "finished".equals(
        d.findElement(By.tagName("html")).getDomAttribute("data-lab-state")));

    for (String optimizer : new String[] {"sgd", "momentum", "adam", "rmsprop"}) {
      WebElement legend = byTestId("legend-" + optimizer);
      assertTrue(Integer.parseInt(legend.getDomAttribute("data-steps")) > 10, optimizer + ": " + legend.getText());
      assertFalse(byTestId("status-" + optimizer).getText().isEmpty());
    }
    assertEquals(4, driver.findElements(By.cssSelector("[data-testid='legend'] li")).size());
    assertTrue(driver.findElements(By.cssSelector("[data-testid='iterate-row']")).size() > 10);
    assertTrue(byTestId("status-sgd").getText().contains("Converged"), byTestId("status-sgd").getText());
  }
}
