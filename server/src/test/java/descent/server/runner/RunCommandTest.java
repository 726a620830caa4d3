package descent.server.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonParser;
import descent.engine.json.JsonString;
import descent.server.cli.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir
  Path directory;

  private record Result(int code, String out, String err) {
  }

  private Result run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RunCommand.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path galleryFile(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/descent/server/gallery/" + name)) {
      Path file = directory.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void theXorNetworkTrainsToAReportWithHistoryWeightsAndBiases() throws Exception {
    Result result = run("run", galleryFile("xor-article.json").toString(), "--epochs", "50");
    assertEquals(0, result.code(), result.err());
    JsonObject report = (JsonObject) JsonParser.parse(result.out().trim());
    assertEquals("finished", ((JsonString) report.get("status")).value());
    assertEquals("50", report.get("epochs").toString());
    assertEquals(51, ((JsonArray) ((JsonObject) report.get("history")).get("trainLoss")).size(),
        "epoch 0 and 50 epochs");
    JsonArray weights = (JsonArray) report.get("weights");
    assertEquals(2, weights.size());
    assertEquals(2, ((JsonArray) weights.get(0)).size(), "fan_in 2 rows");
    assertEquals(3, ((JsonArray) ((JsonArray) weights.get(0)).get(0)).size(), "fan_out 3 columns");
    assertEquals(2, ((JsonArray) ((JsonArray) report.get("biases")).get(1)).size());
    assertTrue(report.has("trainAccuracy"), result.out());
  }

  @Test
  void theSameDocumentGivesTheSameNumbersEveryTime() throws Exception {
    String file = galleryFile("spiral.json").toString();
    assertEquals(run("run", file, "--epochs", "5").out(), run("run", file, "--epochs", "5").out());
  }

  @Test
  void theFunctionExamplesConvergeOscillateAndDivergeInOptimizerOrder() throws Exception {
    assertTrue(run("run", galleryFile("descent-steady.json").toString()).out()
        .contains("\"status\":\"converged\""));
    assertTrue(run("run", galleryFile("descent-oscillates.json").toString()).out()
        .contains("\"status\":\"oscillating\""));
    assertTrue(run("run", galleryFile("descent-diverges.json").toString()).out()
        .contains("\"status\":\"diverged\""));
    String race = run("run", galleryFile("rosenbrock-race.json").toString()).out();
    assertTrue(race.indexOf("\"optimizer\":\"sgd\"") < race.indexOf("\"optimizer\":\"momentum\"")
        && race.indexOf("\"optimizer\":\"momentum\"") < race.indexOf("\"optimizer\":\"adam\""), race);
  }

  @Test
  void aBadFileIsAClearMessageAndExitCode2() throws Exception {
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": 1, \"kind\": \"network\", \"seed\": \"x\"}");
    Result invalid = run("run", broken.toString());
    assertEquals(2, invalid.code());
    assertTrue(invalid.err().contains("seed"), invalid.err());
    Result missing = run("run", directory.resolve("nope.json").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
    assertEquals("", missing.out());
  }

  @Test
  void anIdIsReadFromTheDataDirectory() throws Exception {
    Result unknown = run("run", "aaaaaaaaaaaa", "--data", directory.toString());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("no experiment has the id 'aaaaaaaaaaaa'"), unknown.err());
  }
}
