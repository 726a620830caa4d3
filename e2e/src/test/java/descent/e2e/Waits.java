package descent.e2e;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits on the page. The pages re-render some elements (the lab's status rows, the walkthrough's
 * steps) while a condition polls them, so a condition that reads an element just replaced is
 * asked again instead of failing the test with a StaleElementReferenceException.
 */
final class Waits {
  private Waits() {
  }

  static WebDriverWait upTo(WebDriver driver, int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }
}
