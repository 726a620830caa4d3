package descent.web;

import descent.engine.data.CsvData;
import descent.engine.experiment.ExperimentValidator;
import descent.engine.experiment.NetworkExperiment;
import descent.engine.experiment.ValidationError;
import descent.engine.experiment.ValidationResult;
import descent.web.bench.BenchmarkApi;
import descent.web.lab.FunctionLab;
import descent.web.walkthrough.WalkthroughBuilder;
import org.teavm.jso.JSExport;

/**
 * The page's entry point, compiled by TeaVM twice (WebAssembly GC and JavaScript). It reads
 * experiment documents with the engine's validator (the same rules as the server) and hands out
 * sessions; the page's JavaScript draws what they report. Everything that computes lives in the
 * engine, so both backends and the JVM run the same code.
 */
public final class PlaygroundMain {
  private PlaygroundMain() {
  }

  public static void main(String[] args) {
    // Nothing to start: the page calls the exported factories once the module has loaded.
  }

  /** The document's errors, one "field: message" per line; empty when it is valid. */
  @JSExport
  public static String validateExperiment(String json) {
    ValidationResult result = ExperimentValidator.validate(json);
    if (result.isValid()) {
      return result.getExperiment() instanceof NetworkExperiment
          ? "" : "kind: the playground trains networks (kind \"network\")";
    }
    StringBuilder text = new StringBuilder();
    for (ValidationError error : result.getErrors()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(error.getField()).append(": ").append(error.getMessage());
    }
    return text.toString();
  }

  /**
   * Checks CSV text with the engine's own parser, so the page reports exactly what training would.
   *
   * @return "" when the text is usable, else the engine's message, which names line and column
   */
  @JSExport
  public static String checkCsv(String text, int labelColumn) {
    try {
      CsvData.parse(text, labelColumn);
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * A training session for a valid network experiment (see {@link #validateExperiment}).
   *
   * @param dataText the text of a built-in data set (iris, wine, digits), which the page fetches;
   *     ignored for other sources
   */
  @JSExport
  public static PlaygroundSession createSession(String json, String dataText) {
    ValidationResult result = ExperimentValidator.validate(json);
    if (!result.isValid()) {
      throw new IllegalArgumentException(validateExperiment(json));
    }
    return PlaygroundSession.create((NetworkExperiment) result.getExperiment(), dataText);
  }

  /** The function-descent lab (lab.html). */
  @JSExport
  public static FunctionLab createFunctionLab() {
    return new FunctionLab();
  }

  /** The backpropagation walkthrough (walkthrough.html): fill it, then build one step. */
  @JSExport
  public static WalkthroughBuilder createWalkthrough() {
    return new WalkthroughBuilder();
  }

  /** The benchmark page's entry (see descent.web.bench). */
  @JSExport
  public static BenchmarkApi createBenchmark() {
    return new BenchmarkApi();
  }
}
