package descent.e2e;

import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Small helpers over the playground page's stable data-testid hooks. */
final class PageDriver {
  private final WebDriver driver;
  private final String baseUrl;

  PageDriver(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** Opens the page (query and fragment appended to the base URL) and waits for the engine. */
  void open(String backend, String fragment) {
    driver.get(baseUrl + "?engine=" + backend + fragment);
    waitFor(20, d -> backend.equals(byTestId("engine-backend").getText()));
    waitFor(20, d -> !"-".equals(byTestId("train-loss").getText()));
  }

  WebElement byTestId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }

  boolean present(String id) {
    return !driver.findElements(By.cssSelector("[data-testid='" + id + "']")).isEmpty();
  }

  String text(String id) {
    return byTestId(id).getText();
  }

  long epoch() {
    return Long.parseLong(text("epoch"));
  }

  double trainLoss() {
    return Double.parseDouble(text("train-loss"));
  }

  String status() {
    return text("status");
  }

  void click(String id) {
    byTestId(id).click();
  }

  void select(String id, String value) {
    new Select(byTestId(id)).selectByValue(value);
  }

  void type(String id, String value) {
    WebElement input = byTestId(id);
    input.clear();
    input.sendKeys(value);
  }

  <T> T waitFor(int seconds, Function<WebDriver, T> condition) {
    return Waits.upTo(driver, seconds).until(condition::apply);
  }

  Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  String htmlData(String name) {
    Object value = script("return document.documentElement.dataset[arguments[0]] || '';", name);
    return String.valueOf(value);
  }

  void pauseIfRunning() {
    if ("running".equals(status())) {
      click("play");
      waitFor(5, d -> !"running".equals(status()));
    }
  }
}
