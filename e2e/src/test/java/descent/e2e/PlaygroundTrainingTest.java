package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class PlaygroundTrainingTest extends BrowserTest {
  /**
   * The seed article's XOR network in the URL fragment: the 4-point table, 3 tanh units, softmax
   * and cross-entropy, full batch, no epoch limit. (The page's default is the spiral.)
   */
  static final String ARTICLE_XOR = "#seed=1&data=xor-table&batch=0&hidden=3&act=tanh"
      + "&out=softmax&loss=cross-entropy&lr=0.5";

  private static WebElement byTestId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return Waits.upTo(driver, seconds);
  }

  @ParameterizedTest(name = "on the {0} backend")
  @ValueSource(strings = {"wasm", "js"})
  void theLossGoesDownWhileTheXorNetworkTrains(String backend) {
    driver.get(server.url() + "?engine=" + backend + ARTICLE_XOR);
    waitUpTo(20).until((WebDriver d) -> backend.equals(byTestId("engine-backend").getText()));
    assertEquals("0", byTestId("epoch").getText());
    assertEquals("paused", byTestId("status").getText());
    double initialLoss = Double.parseDouble(byTestId("train-loss").getText());

    byTestId("play").click();
    waitUpTo(20).until((WebDriver d) -> Long.parseLong(byTestId("epoch").getText()) >= 2000);
    assertEquals("running", byTestId("status").getText());
    byTestId("play").click();
    waitUpTo(5).until((WebDriver d) -> "paused".equals(byTestId("status").getText()));

    double trainedLoss = Double.parseDouble(byTestId("train-loss").getText());
    assertTrue(trainedLoss < initialLoss / 10,
        "loss went from " + initialLoss + " to " + trainedLoss + " on " + backend);
  }

  @ParameterizedTest(name = "on the {0} backend")
  @ValueSource(strings = {"wasm", "js"})
  void stepAdvancesExactlyOneEpoch(String backend) {
    driver.get(server.url() + "?engine=" + backend + ARTICLE_XOR);
    waitUpTo(20).until((WebDriver d) -> backend.equals(byTestId("engine-backend").getText()));
    byTestId("step").click();
    waitUpTo(5).until((WebDriver d) -> "1".equals(byTestId("epoch").getText()));
    byTestId("step").click();
    waitUpTo(5).until((WebDriver d) -> "2".equals(byTestId("epoch").getText()));
  }
}
