package descent.engine.bench;

import descent.engine.inspect.Grid;
import descent.engine.inspect.GridEvaluator;
import descent.engine.jvm.BundledDataLoader;
import descent.engine.nn.Network;
import descent.engine.session.Session;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * JVM throughput of the standard configurations ({@link BenchmarkSessions}), measured exactly as
 * the browser benchmark page measures them: epochs per second as the median of 5 timed runs after
 * a warm-up run, each run a fresh session.
 *
 * <p>An epoch is one {@link Session#step()} as the playground runs it: a training pass over the
 * training set (whose mean per-example loss is the training loss, for free), the stopping and
 * divergence checks and a history row; the page evaluates the test set once per frame instead.
 * "with test pass" adds the per-epoch test-set evaluation ({@link Session#setTestEveryEpoch}),
 * as headless runs and TensorFlow Playground do. Alongside wall-clock rates it reports rates by thread CPU time, which a
 * busy machine disturbs less.
 *
 * <p>Run with {@code bin/bench --jvm-only}, or after {@code mvn -pl engine test-compile}:
 * {@code java -cp engine/target/classes:engine/target/test-classes
 * descent.engine.bench.EngineBenchmark [--json FILE] [--fingerprints FILE]}.
 */
public final class EngineBenchmark {
  private static final int RUNS = 5;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private EngineBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    String jsonFile = null;
    String fingerprintFile = null;
    for (int i = 0; i < args.length; i++) {
      if ("--json".equals(args[i])) {
        jsonFile = args[++i];
      } else if ("--fingerprints".equals(args[i])) {
        fingerprintFile = args[++i];
      }
    }
    StringBuilder json = new StringBuilder("[");
    for (int config = 1; config <= BenchmarkSessions.COUNT; config++) {
      String data = BenchmarkSessions.dataSetOf(config);
      String text = data == null ? null : BundledDataLoader.text(data);
      double seconds = config == 3 ? 1.0 : 0.5;
      double[] session = rates(config, text, seconds, false);
      double[] tested = rates(config, text, seconds, true);
      double gridMs = config <= 2 ? gridMs(config) : Double.NaN;
      System.out.printf(Locale.ROOT,
          "config %d: %.0f epochs/s (cpu %.0f), with test pass %.0f epochs/s (cpu %.0f)%s%n",
          config, session[0], session[1], tested[0], tested[1],
          Double.isNaN(gridMs) ? "" : String.format(Locale.ROOT, ", grid %.2f ms", gridMs));
      if (config > 1) {
        json.append(',');
      }
      json.append(String.format(Locale.ROOT, "{\"config\":%d,\"backend\":\"jvm\","
          + "\"epochsPerSecond\":%.1f,\"cpuEpochsPerSecond\":%.1f,"
          + "\"testedEpochsPerSecond\":%.1f,\"cpuTestedEpochsPerSecond\":%.1f", config,
          session[0], session[1], tested[0], tested[1]));
      if (!Double.isNaN(gridMs)) {
        json.append(String.format(Locale.ROOT, ",\"gridMs\":%.3f", gridMs));
      }
      json.append('}');
    }
    json.append(']');
    if (jsonFile != null) {
      Files.writeString(Path.of(jsonFile), json, StandardCharsets.UTF_8);
    }
    if (fingerprintFile != null) {
      Files.writeString(Path.of(fingerprintFile), "{\"config1\":\""
          + LossFingerprint.session(1, null, Fingerprints.SPIRAL_EPOCHS) + "\",\"xor\":\""
          + LossFingerprint.xor(Fingerprints.XOR_EPOCHS) + "\",\"math\":\""
          + LossFingerprint.math() + "\"}", StandardCharsets.UTF_8);
    }
  }

  /** Median {wall, cpu} epochs per second over 5 runs after one warm-up run. */
  private static double[] rates(int config, String text, double seconds, boolean tested) {
    timed(BenchmarkSessions.create(config, text), seconds, tested);
    double[] wall = new double[RUNS];
    double[] cpu = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      double[] rate = timed(BenchmarkSessions.create(config, text), seconds, tested);
      wall[r] = rate[0];
      cpu[r] = rate[1];
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new double[] {wall[RUNS / 2], cpu[RUNS / 2]};
  }

  /** Epochs per second over about the given wall time; sessions never stop (no epoch limit). */
  private static double[] timed(Session session, double seconds, boolean tested) {
    session.setTestEveryEpoch(tested);
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    int epochs = 0;
    long now;
    do {
      for (int i = 0; i < 10; i++) {
        session.step();
      }
      epochs += 10;
      now = System.nanoTime();
    } while (now < deadline);
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    return new double[] {epochs / ((now - start) / 1e9), epochs / (cpu / 1e9)};
  }

  /** Median time of one 100 x 100 evaluation of the output and every neuron, in ms. */
  private static double gridMs(int config) {
    Session session = BenchmarkSessions.create(config, null);
    session.run(100);
    GridEvaluator evaluator = session.gridEvaluator();
    Grid grid = Grid.playground();
    Network network = session.network();
    double[] out = new double[network.unitCount() * grid.pointCount()];
    for (int i = 0; i < 50; i++) {
      evaluator.evaluateNeurons(grid, out, 0);
    }
    double[] ms = new double[15];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      evaluator.evaluateNeurons(grid, out, 0);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
