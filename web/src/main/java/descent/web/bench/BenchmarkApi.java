package descent.web.bench;

import descent.engine.bench.BenchmarkSessions;
import descent.engine.bench.Fingerprints;
import descent.engine.bench.LossFingerprint;
import org.teavm.jso.JSExport;

/**
 * What the benchmark page (/bench) asks of the engine, in WebAssembly and in JavaScript alike:
 * the standard configurations as {@link BenchmarkRun}s, and loss fingerprints for the
 * bit-identity check against the JVM. Everything it runs is engine code shared with the JVM
 * harness ({@code descent.engine.bench}).
 */
public final class BenchmarkApi {
  @JSExport
  public int configCount() {
    return BenchmarkSessions.COUNT;
  }

  /** The bundled data set configuration n needs ("digits", "iris"), or "" for none. */
  @JSExport
  public String dataSetOf(int config) {
    String name = BenchmarkSessions.dataSetOf(config);
    return name == null ? "" : name;
  }

  /** A fresh session of configuration n (1 to 4); dataText is the CSV for 3 and 4. */
  @JSExport
  public BenchmarkRun createRun(int config, String dataText) {
    return new BenchmarkRun(BenchmarkSessions.create(config, dataText));
  }

  /** Per epoch "trainLoss:testLoss" as hex bit patterns, comma separated. */
  @JSExport
  public String sessionFingerprint(int config, String dataText, int epochs) {
    return LossFingerprint.session(config, dataText, epochs);
  }

  /** The XOR network's per-epoch training loss as hex bit patterns, comma separated. */
  @JSExport
  public String xorFingerprint(int epochs) {
    return LossFingerprint.xor(epochs);
  }

  /** tanh and exp of fixed arguments as hex bit patterns, comma separated. */
  @JSExport
  public String mathFingerprint() {
    return LossFingerprint.math();
  }

  @JSExport
  public int spiralFingerprintEpochs() {
    return Fingerprints.SPIRAL_EPOCHS;
  }

  @JSExport
  public int xorFingerprintEpochs() {
    return Fingerprints.XOR_EPOCHS;
  }
}
