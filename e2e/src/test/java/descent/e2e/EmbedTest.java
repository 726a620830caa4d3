package descent.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The embed view, its query options and the descent/1 API, driven from the demo course page. */
class EmbedTest extends BrowserTest {

  private static List<WebElement> events(String action) {
    return driver.findElements(By.cssSelector("[data-testid='event-log'] li[data-action='" + action + "']"));
  }

  private static List<Long> epochs() {
    List<Long> out = new ArrayList<>();
    for (WebElement e : events("epoch")) {
      out.add(Long.parseLong(e.getAttribute("data-epoch")));
    }
    return out;
  }

  @Test
  void theCoursePageDrivesAnEmbeddedPlaygroundAndReadsItsEvents() {
    driver.get(server.url() + "docs/course-demo.html");
    page.waitFor(30, d -> !events("ready").isEmpty());
    assertTrue(events("ready").get(0).getText().contains("epoch 0"), events("ready").get(0).getText());
    assertTrue(page.byTestId("host-play").isEnabled());

    // The slider: 0.001, 0.003, 0.01, 0.03, 0.1, ...; Home then four steps right is 0.1.
    WebElement slider = page.byTestId("host-lr");
    slider.sendKeys(Keys.HOME);
    for (int i = 0; i < 4; i++) {
      slider.sendKeys(Keys.ARROW_RIGHT);
    }
    assertEquals("0.1", page.text("host-lr-value"));
    page.waitFor(10, d -> events("state").stream()
        .anyMatch(e -> "0.1".equals(e.getAttribute("data-learning-rate"))));

    page.click("host-play");
    page.waitFor(30, d -> events("epoch").size() >= 12);
    page.click("host-pause");
    List<Long> epochs = epochs();
    for (int i = 1; i < epochs.size(); i++) {
      assertTrue(epochs.get(i) > epochs.get(i - 1), "epochs increase: " + epochs);
    }
    // At most 10 epoch events a second, by the frame's clock (sentAt): the host's arrival times
    // jitter, since host and frame share one thread.
    List<WebElement> received = events("epoch");
    for (int i = 1; i < received.size(); i++) {
      double gap = Double.parseDouble(received.get(i).getAttribute("data-sent-at"))
          - Double.parseDouble(received.get(i - 1).getAttribute("data-sent-at"));
      assertTrue(gap >= 99, "epoch events " + (i - 1) + " and " + i + " were " + gap + " ms apart");
    }

    int before = events("state").size();
    page.click("host-get-state");
    page.waitFor(10, d -> events("state").size() > before);
    WebElement state = events("state").get(events("state").size() - 1);
    assertEquals("0.1", state.getAttribute("data-learning-rate"), state.getText());
    assertTrue(state.getText().contains("learning rate 0.1"), state.getText());
    assertTrue(Long.parseLong(state.getAttribute("data-epoch")) >= epochs.get(epochs.size() - 1));
    assertTrue(state.getText().contains("paused"), state.getText());
    // The frame reports its height, and the host resizes it.
    page.waitFor(10, d -> !events("height").isEmpty());
    // Everything above happened without switching into the iframe.
    assertEquals(server.url() + "docs/course-demo.html", driver.getCurrentUrl());
  }

  @Test
  void badMessagesAreIgnoredAndLoadReplacesTheExperiment() {
    driver.get(server.url() + "docs/course-demo.html");
    page.waitFor(30, d -> !events("ready").isEmpty());
    page.script("const w = document.getElementById('driven-frame').contentWindow;"
        + "w.postMessage('play', '*'); w.postMessage(null, '*'); w.postMessage({type: 'descent/2', action: 'play'}, '*');"
        + "w.postMessage({type: 'descent/1', action: 'explode'}, '*');"
        + "w.postMessage({type: 'descent/1', action: 'set', settings: 3}, '*');");
    // A well-formed set with a bad value is refused as a whole and answered with an error.
    page.script("document.getElementById('driven-frame').contentWindow.postMessage("
        + "{type: 'descent/1', action: 'set', id: 7, settings: {learningRate: -1}}, '*');");
    page.waitFor(10, d -> !events("error").isEmpty());
    assertTrue(events("error").get(0).getText().contains("learningRate"), events("error").get(0).getText());
    page.click("host-get-state");
    page.waitFor(10, d -> !events("state").isEmpty());
    WebElement state = events("state").get(events("state").size() - 1);
    assertTrue(state.getText().contains("epoch 0"), "nothing trained: " + state.getText());
    assertEquals("0.03", state.getAttribute("data-learning-rate"));

    int before = events("state").size();
    page.click("host-load");
    page.waitFor(10, d -> events("state").size() > before);
    assertEquals("0.1", events("state").get(events("state").size() - 1).getAttribute("data-learning-rate"));
    driver.switchTo().frame(page.byTestId("driven-frame"));
    try {
      page.waitFor(20, d -> "xor-table".equals(page.byTestId("dataset").getAttribute("value")));
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  @Test
  void hideAndReadonlyHideAndLockTheRightElements() {
    driver.get(server.url() + "embed?engine=js&hide=data,charts,controls.optimizer,controls.reset"
        + "&readonly=1&theme=dark#data=xor&hidden=3&act=tanh");
    page.waitFor(30, d -> "true".equals(page.htmlData("embedReady")));
    assertFalse(driver.findElement(By.cssSelector(".data-panel")).isDisplayed());
    assertFalse(driver.findElement(By.cssSelector(".charts-panel")).isDisplayed());
    assertFalse(page.byTestId("optimizer").isDisplayed());
    assertFalse(page.byTestId("reset").isDisplayed());
    assertTrue(driver.findElement(By.cssSelector(".network-panel")).isDisplayed());
    assertTrue(driver.findElement(By.cssSelector(".output-panel")).isDisplayed());
    assertTrue(page.byTestId("learning-rate").isDisplayed());
    // readonly: the settings are shown but locked; running stays possible.
    assertFalse(page.byTestId("learning-rate").isEnabled());
    assertFalse(page.byTestId("reseed").isDisplayed());
    for (WebElement c : driver.findElements(By.cssSelector("#network-controls input, #network-controls select,"
        + " #network-controls button"))) {
      assertFalse(c.isEnabled(), "locked: " + c.getAttribute("outerHTML"));
    }
    assertTrue(page.byTestId("play").isEnabled());
    assertEquals("dark", page.htmlData("theme"));
    // No site chrome, no compare or export panels, and the state stays out of the frame's URL.
    assertTrue(driver.findElements(By.cssSelector(".compare-panel, .export-panel, .topbar")).isEmpty());
    page.click("play");
    page.waitFor(20, d -> page.epoch() > 0);
    assertTrue(driver.getCurrentUrl().endsWith("#data=xor&hidden=3&act=tanh"), driver.getCurrentUrl());
  }

  @Test
  void withoutOptionsEverythingIsShownAndEditable() {
    driver.get(server.url() + "embed?engine=js#data=circle");
    page.waitFor(30, d -> "true".equals(page.htmlData("embedReady")));
    for (String css : new String[] {".data-panel", ".network-panel", ".output-panel", ".charts-panel"}) {
      assertTrue(driver.findElement(By.cssSelector(css)).isDisplayed(), css);
    }
    assertTrue(page.byTestId("learning-rate").isEnabled());
    assertTrue(page.byTestId("optimizer").isDisplayed());
    assertEquals("circle", page.byTestId("dataset").getAttribute("value"));
    String open = page.byTestId("embed-open-full").getAttribute("href");
    assertTrue(open.endsWith("/#data=circle"), open);
  }

  @Test
  void aSavedExperimentOpensByIdAndAnUnknownIdSaysSo() throws Exception {
    String document = "{\"schemaVersion\": 1, \"kind\": \"network\", \"title\": \"Moons for the embed test\","
        + " \"seed\": 7, \"data\": {\"source\": \"moons\", \"points\": 200, \"noise\": 0.1, \"trainFraction\": 0.5},"
        + " \"features\": [\"x1\", \"x2\"], \"network\": {\"hidden\": [{\"units\": 5, \"activation\": \"relu\"}],"
        + " \"output\": \"tanh\", \"loss\": \"mse\", \"init\": \"glorot\"}, \"training\": {\"optimizer\": \"adam\","
        + " \"learningRate\": 0.01, \"batchSize\": 20, \"epochs\": 300, \"regularization\": \"none\","
        + " \"regularizationRate\": 0}}";
    HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.url() + "api/experiments")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(document)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher id = Pattern.compile("\"id\":\"([a-z2-7]+)\"").matcher(saved.body());
    assertTrue(id.find(), saved.body());
    driver.get(server.url() + "embed/" + id.group(1) + "?engine=js");
    page.waitFor(30, d -> "true".equals(page.htmlData("embedReady")));
    assertEquals("moons", page.byTestId("dataset").getAttribute("value"));
    assertEquals("adam", page.byTestId("optimizer").getAttribute("value"));
    assertEquals("0.01", page.byTestId("learning-rate").getAttribute("value"));
    assertEquals("20", page.byTestId("batch-size").getAttribute("value"));
    assertEquals("Moons for the embed test · Descent", driver.getTitle());
    assertTrue(page.byTestId("embed-open-full").getAttribute("href").endsWith("/e/" + id.group(1)));

    driver.get(server.url() + "embed/aaaaaaaaaaaa?engine=js");
    page.waitFor(20, d -> page.byTestId("load-error").isDisplayed());
    assertTrue(page.text("load-error").contains("does not exist"), page.text("load-error"));
  }

  @Test
  void theEmbedButtonWritesACopyableSnippet() {
    page.open("js", "#data=moons&lr=0.1");
    page.click("embed-open");
    page.waitFor(5, d -> page.byTestId("embed-dialog").isDisplayed());
    String code = page.byTestId("embed-code").getAttribute("value");
    assertTrue(code.startsWith("<iframe src=\"" + server.url() + "embed#data=moons&amp;lr=0.1\""), code);
    assertTrue(code.contains(" width=\"800\" height=\"640\""), code);
    assertTrue(code.contains(" title=\"Descent playground: "), code);
    assertTrue(code.contains(" loading=\"lazy\""), code);
    assertFalse(code.contains("allow"), code);
    page.click("embed-readonly");
    page.click("embed-hide-charts");
    code = page.byTestId("embed-code").getAttribute("value");
    assertTrue(code.contains("embed?hide=charts&amp;readonly=1#data=moons"), code);
    page.click("embed-copy");
    page.waitFor(5, d -> !driver.findElement(By.cssSelector("#embed-dialog [role='status']")).getText().isEmpty());
    page.click("embed-close");
    page.waitFor(5, d -> !page.byTestId("embed-dialog").isDisplayed());
  }
}
