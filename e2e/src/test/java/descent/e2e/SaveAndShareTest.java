package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A teacher saves an experiment, a student opens the short link and forks it. */
class SaveAndShareTest extends BrowserTest {

  private static String save() {
    String before = page.byTestId("share-url").getAttribute("value");
    page.click("save");
    page.waitFor(10, d -> {
      String value = page.byTestId("share-url").getAttribute("value");
      return value != null && value.contains("/e/") && !value.equals(before);
    });
    return page.byTestId("share-url").getAttribute("value");
  }

  private static String storedDocument(String link) throws Exception {
    String id = link.substring(link.lastIndexOf('/') + 1);
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.url() + "api/experiments/" + id)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return response.body();
  }

  @Test
  void aSavedLinkReplaysTheRunWithItsTitleAndAnEditForksIt() throws Exception {
    page.open("js", "#data=circle&lr=0.1&hidden=3&act=relu&seed=5");
    double initialLoss = page.trainLoss();
    page.type("save-title", "Circle with <b>ReLU</b>");
    page.type("save-description", "Watch the boundary bend.");
    String link = save();
    assertTrue(link.matches(".*/e/[a-z0-9]{8,}$"), link);

    driver.get(link + "?engine=js");
    page.waitFor(20, d -> "js".equals(page.text("engine-backend"))
        && "Circle with <b>ReLU</b>".equals(page.text("experiment-title")));
    page.waitFor(10, d -> page.trainLoss() == initialLoss);
    assertEquals("Watch the boundary bend.", page.text("experiment-description"));
    assertEquals("0.1", page.byTestId("learning-rate").getAttribute("value"));

    page.type("learning-rate", "0.3");
    page.waitFor(5, d -> d.getCurrentUrl().contains("lr=0.3"));
    String fork = save();
    assertNotEquals(link, fork);
    String forkDocument = storedDocument(fork);
    String originalId = link.substring(link.lastIndexOf('/') + 1);
    assertTrue(forkDocument.contains("\"parent\":\"" + originalId + "\""), forkDocument);
    assertTrue(forkDocument.contains("\"learningRate\":0.3"), forkDocument);
  }

  @Test
  void aFunctionExperimentFromTheGalleryOpensInTheLabAndRuns() {
    driver.get(server.url() + "gallery");
    page.waitFor(10, d -> !d.findElements(org.openqa.selenium.By.linkText(
        "Gradient descent on x^2 - 2x + 1")).isEmpty());
    driver.findElement(org.openqa.selenium.By.linkText("Gradient descent on x^2 - 2x + 1")).click();
    page.waitFor(20, d -> d.getCurrentUrl().contains("lab.html#id=")
        && "3".equals(page.byTestId("start-x").getAttribute("value"))
        && "0.1".equals(page.byTestId("learning-rate").getAttribute("value")));
    new org.openqa.selenium.support.ui.Select(page.byTestId("speed")).selectByValue("instant");
    page.click("play");
    page.waitFor(20, d -> "converged".equals(page.byTestId("status-sgd").getDomAttribute("data-status")));
    assertTrue(page.text("status-sgd").contains("Converged after 69 steps"), page.text("status-sgd"));
  }
}
