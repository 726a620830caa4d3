package descent.web;

import descent.engine.experiment.ExperimentValidator;
import descent.engine.experiment.ValidationResult;
import descent.engine.json.JsonWriter;
import org.teavm.jso.JSExport;

/**
 * The page's entry point, compiled by TeaVM twice (WebAssembly GC and JavaScript). It only hands
 * out sessions; the page's JavaScript draws what they report. Everything that computes lives in
 * the engine, so both backends and the JVM run the same code.
 */
public final class PlaygroundMain {
  private PlaygroundMain() {
  }

  public static void main(String[] args) {
    // Nothing to start: the page calls the exported factories once the module has loaded.
  }

  /**
   * Validates an experiment document with the same rules as the server.
   *
   * @return "[]" when valid, else a JSON array of {"field", "message"} objects
   */
  @JSExport
  public static String validateExperiment(String documentText) {
    ValidationResult result = ExperimentValidator.validate(documentText);
    return JsonWriter.compact(result.errorsToJson());
  }

  /** A training session on the seed article's XOR network. */
  @JSExport
  public static PlaygroundSession createXorSession(double seed, double learningRate) {
    return PlaygroundSession.articleXor((long) seed, learningRate);
  }

  /** The benchmark page's entry (see descent.web.bench). */
  @JSExport public static descent.web.bench.BenchmarkApi createBenchmark() { return new descent.web.bench.BenchmarkApi(); }
}
