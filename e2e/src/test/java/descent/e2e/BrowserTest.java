package descent.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test class that drives the real page: one server jar (fresh data directory) and one headless
 * Chromium for the whole class, stopped afterwards. Test classes run one after another.
 */
abstract class BrowserTest {
  static ServerProcess server;
  static ChromeDriver driver;
  static PageDriver page;

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    server = ServerProcess.start();
    driver = Browser.start();
    page = new PageDriver(driver, server.url());
  }

  @AfterAll
  static void stopServerAndBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
