package descent.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of {@code bin/bench} (a main class, never part of the test run): starts the
 * packaged server, measures the first load of the playground in headless Chromium (bytes
 * transferred, engine ready after DOMContentLoaded), runs the /bench page on both engine builds,
 * compares the loss bit patterns with the JVM's, and prints one table with the JVM figures that
 * {@code descent.engine.bench.EngineBenchmark} wrote.
 *
 * <p>Arguments (or system properties bench.dir and bench.query): the directory holding jvm.json
 * and jvm-fingerprints.json, where browser.json and summary.json are written; optionally the
 * query for the bench page, e.g. {@code ?configs=1&runs=1}. Its name does not end in Test, so
 * {@code mvn verify} never runs it; bin/bench runs it through failsafe with
 * {@code -Dit.test=BrowserBenchmark}.
 */
@SuppressWarnings("unchecked")
public final class BrowserBenchmark {
  /** TensorFlow Playground's spiral setup in the same browser, about 1,000 epochs/s. */
  private static final double TF_PLAYGROUND_EPOCHS_PER_SECOND = 1000;
  private static final int LOADS = 5;
  private static final int TRAINING_SECONDS = 6;
  /** The playground's default network, and configuration 1's [8, 8, 8] tanh, as fragments. */
  private static final List<List<String>> PAGE_NETWORKS = List.of(
      List.of("default [4, 2]", ""), List.of("[8, 8, 8]", "#hidden=8,8,8&act=tanh,tanh,tanh"));
  private static final String READY_PROBE =
      "new MutationObserver(function () {"
      + "  if (document.documentElement.dataset.engineReady === 'true'"
      + "      && window.__engineReadyAt === undefined) {"
      + "    window.__engineReadyAt = performance.now();"
      + "  }"
      + "}).observe(document, {attributes: true, subtree: true,"
      + " attributeFilter: ['data-engine-ready']});";

  @Test
  void benchmark() throws Exception {
    main(new String[] {System.getProperty("bench.dir", "target/bench"),
        System.getProperty("bench.query", "")});
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
    Files.createDirectories(dir);
    String benchQuery = args.length > 1 ? args[1] : "";
    Json json = new Json();
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> jvmFingerprints = Map.of();
    if (Files.isRegularFile(dir.resolve("jvm.json"))) {
      rows.addAll(json.toType(Files.readString(dir.resolve("jvm.json")), List.class));
    }
    if (Files.isRegularFile(dir.resolve("jvm-fingerprints.json"))) {
      jvmFingerprints = json.toType(Files.readString(dir.resolve("jvm-fingerprints.json")),
          Map.class);
    }
    Map<String, Object> load = new LinkedHashMap<>();
    Map<String, Object> training = new LinkedHashMap<>();
    Map<String, Object> browserFingerprints;
    String chromium;
    try (ServerProcess server = ServerProcess.start()) {
      ChromeDriver driver = Browser.start();
      try {
        chromium = driver.getCapabilities().getBrowserVersion();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        for (String backend : List.of("wasm", "js")) {
          load.put(backend, firstLoad(driver, server.url() + "index.html?engine=" + backend));
        }
        for (String backend : List.of("wasm", "js")) {
          for (List<String> network : PAGE_NETWORKS) {
            training.put(network.get(0) + " " + backend, whileTraining(driver,
                server.url() + "index.html?engine=" + backend + network.get(1)));
          }
        }
        driver.get(server.url() + "bench" + benchQuery);
        new WebDriverWait(driver, Duration.ofMinutes(20), Duration.ofSeconds(1)).until(
            (WebDriver d) -> script(d, "return document.documentElement.dataset.benchDone")
                != null);
        Object done = script(driver, "return document.documentElement.dataset.benchDone");
        if (!"true".equals(done)) {
          throw new IllegalStateException("the bench page failed: "
              + script(driver, "return document.getElementById('status').textContent"));
        }
        List<Map<String, Object>> browser = (List<Map<String, Object>>) script(driver,
            "return JSON.parse(document.querySelector('[data-testid=bench-results]')"
            + ".textContent)");
        browserFingerprints = (Map<String, Object>) script(driver,
            "return JSON.parse(document.querySelector('[data-testid=bench-fingerprints]')"
            + ".textContent)");
        Files.writeString(dir.resolve("browser.json"), json.toJson(browser),
            StandardCharsets.UTF_8);
        rows.addAll(browser);
      } finally {
        driver.quit();
      }
    }
    Map<String, Object> identity = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : browserFingerprints.entrySet()) {
      Map<String, Object> mine = (Map<String, Object>) entry.getValue();
      Map<String, Object> counts = new LinkedHashMap<>();
      for (String key : List.of("config1", "xor", "math")) {
        counts.put(key, identicalPrefix((String) jvmFingerprints.get(key), (String) mine.get(key)));
        counts.put(key + "Compared", ((String) mine.get(key)).split(",").length);
      }
      identity.put(entry.getKey(), counts);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("chromium", chromium);
    summary.put("java", System.getProperty("java.version"));
    summary.put("results", rows);
    summary.put("firstLoad", load);
    summary.put("pageWhileTraining", training);
    summary.put("bitIdentity", identity);
    Files.writeString(dir.resolve("summary.json"), json.toJson(summary), StandardCharsets.UTF_8);
    printTable(rows, load, identity, chromium);
    for (Map.Entry<String, Object> entry : training.entrySet()) {
      Map<String, Object> m = (Map<String, Object>) entry.getValue();
      System.out.printf(Locale.ROOT, "playground while training (%s): %s fps median, %s lowest"
          + " second; %s epochs/s%n", entry.getKey(), m.get("fpsMedian"), m.get("fpsLowest"),
          m.get("epochsPerSecondMedian"));
    }
  }

  private static Object script(WebDriver driver, String code) {
    return ((JavascriptExecutor) driver).executeScript(code);
  }

  /**
   * The playground's own counters (data-fps, data-epochs-per-second on html, each over the last
   * second) while it trains: read once a second for TRAINING_SECONDS seconds after two seconds.
   */
  private static Map<String, Object> whileTraining(ChromeDriver driver, String url)
      throws InterruptedException {
    driver.get("about:blank");
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until((WebDriver d) ->
        "true".equals(script(d, "return document.documentElement.dataset.engineReady")));
    script(driver, "document.querySelector('[data-testid=play]').click()");
    Thread.sleep(2000);
    double[] fps = new double[TRAINING_SECONDS];
    double[] epochs = new double[TRAINING_SECONDS];
    for (int i = 0; i < TRAINING_SECONDS; i++) {
      Thread.sleep(1000);
      Map<String, Object> m = (Map<String, Object>) script(driver,
          "const h = document.documentElement.dataset;"
          + "return {fps: Number(h.fps), epochs: Number(h.epochsPerSecond)};");
      fps[i] = ((Number) m.get("fps")).doubleValue();
      epochs[i] = ((Number) m.get("epochs")).doubleValue();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fpsMedian", round(median(fps), 1));
    result.put("fpsLowest", round(Arrays.stream(fps).min().orElse(Double.NaN), 1));
    result.put("epochsPerSecondMedian", Math.round(median(epochs)));
    return result;
  }

  /** Median over fresh, uncached loads: bytes transferred and engine ready after DCL. */
  private static Map<String, Object> firstLoad(ChromeDriver driver, String url) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    Map<String, Object> added = driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", READY_PROBE));
    double[] kb = new double[LOADS];
    double[] readyMs = new double[LOADS];
    double[] dclMs = new double[LOADS];
    for (int i = 0; i < LOADS; i++) {
      driver.get("about:blank");
      driver.get(url);
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(
          (WebDriver d) -> script(d, "return window.__engineReadyAt") != null);
      Map<String, Object> m = (Map<String, Object>) script(driver,
          "const nav = performance.getEntriesByType('navigation')[0];"
          + "let bytes = nav.transferSize;"
          + "for (const r of performance.getEntriesByType('resource')) bytes += r.transferSize;"
          + "return {bytes: bytes, dcl: nav.domContentLoadedEventEnd,"
          + " ready: window.__engineReadyAt};");
      kb[i] = ((Number) m.get("bytes")).doubleValue() / 1024;
      dclMs[i] = ((Number) m.get("dcl")).doubleValue();
      readyMs[i] = ((Number) m.get("ready")).doubleValue() - dclMs[i];
    }
    driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
        Map.of("identifier", added.get("identifier")));
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("transferredKB", round(median(kb), 1));
    result.put("domContentLoadedMs", round(median(dclMs), 1));
    result.put("readyAfterDomContentLoadedMs", round(median(readyMs), 1));
    return result;
  }

  /** How many leading comma-separated entries two fingerprints share. */
  static int identicalPrefix(String a, String b) {
    if (a == null || b == null) {
      return 0;
    }
    String[] x = a.split(",");
    String[] y = b.split(",");
    int n = 0;
    while (n < x.length && n < y.length && x[n].equals(y[n])) {
      n++;
    }
    return n;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double round(double value, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }

  private static Map<String, Object> find(List<Map<String, Object>> rows, int config,
      String backend) {
    for (Map<String, Object> row : rows) {
      if (((Number) row.get("config")).intValue() == config && backend.equals(row.get("backend"))) {
        return row;
      }
    }
    return null;
  }

  private static double number(Map<String, Object> row, String key) {
    Object value = row == null ? null : row.get(key);
    return value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
  }

  private static String fixed(double value, int digits) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  private static void printTable(List<Map<String, Object>> rows, Map<String, Object> load,
      Map<String, Object> identity, String chromium) {
    System.out.println();
    System.out.println("Descent benchmark: epochs/s as the playground trains (training pass;"
        + " the test set is evaluated per frame), median of 5 runs; Chromium " + chromium + ", Java "
        + System.getProperty("java.version"));
    String format = "%-7s %9s %9s %9s %9s %8s %10s %13s %13s%n";
    System.out.printf(Locale.ROOT, format, "config", "jvm", "wasm", "js", "wasm/jvm", "js/jvm",
        "wasm/TFP", "grid ms w/js", "frame ms w/js");
    for (int config = 1; config <= 4; config++) {
      Map<String, Object> jvm = find(rows, config, "jvm");
      Map<String, Object> wasm = find(rows, config, "wasm");
      Map<String, Object> js = find(rows, config, "js");
      double j = number(jvm, "epochsPerSecond");
      double w = number(wasm, "epochsPerSecond");
      double s = number(js, "epochsPerSecond");
      System.out.printf(Locale.ROOT, format, config, fixed(j, 0), fixed(w, 0), fixed(s, 0),
          fixed(w / j, 2), fixed(s / j, 2),
          config == 1 ? fixed(w / TF_PLAYGROUND_EPOCHS_PER_SECOND, 1) : "",
          config <= 2 ? fixed(number(wasm, "gridMs"), 2) + "/" + fixed(number(js, "gridMs"), 2)
              : "",
          config <= 2 ? fixed(number(wasm, "frameMs"), 2) + "/" + fixed(number(js, "frameMs"), 2)
              : "");
    }
    for (int config = 1; config <= 4; config++) {
      double j = number(find(rows, config, "jvm"), "testedEpochsPerSecond");
      double w = number(find(rows, config, "wasm"), "testedEpochsPerSecond");
      double s = number(find(rows, config, "js"), "testedEpochsPerSecond");
      System.out.printf(Locale.ROOT, "config %d with a test pass every epoch: jvm %s, wasm %s,"
          + " js %s epochs/s (wasm/jvm %s)%n", config, fixed(j, 0), fixed(w, 0), fixed(s, 0),
          fixed(w / j, 2));
    }
    for (Map.Entry<String, Object> entry : load.entrySet()) {
      Map<String, Object> m = (Map<String, Object>) entry.getValue();
      System.out.printf(Locale.ROOT,
          "first load (%s): %s KB transferred, engine ready %s ms after DOMContentLoaded%n",
          entry.getKey(), m.get("transferredKB"), m.get("readyAfterDomContentLoadedMs"));
    }
    for (Map.Entry<String, Object> entry : identity.entrySet()) {
      Map<String, Object> m = (Map<String, Object>) entry.getValue();
      System.out.printf(Locale.ROOT,
          "bit-identical with the JVM (%s): config 1 %s of %s epochs, XOR %s of %s epochs,"
          + " tanh/exp %s of %s arguments%n",
          entry.getKey(), m.get("config1"), m.get("config1Compared"), m.get("xor"),
          m.get("xorCompared"), m.get("math"), m.get("mathCompared"));
    }
  }
}
