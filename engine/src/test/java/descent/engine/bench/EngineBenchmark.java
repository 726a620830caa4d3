package descent.engine.bench;

import descent.engine.jvm.BundledDataLoader;
import descent.engine.session.Session;
import descent.engine.session.SessionConfig;
import descent.engine.train.Trainer;
import java.util.Arrays;

/**
 * JVM throughput of the standard configurations, in epochs per second (median of 5 timed runs
 * after warm-up). Run after {@code mvn test-compile} from the repository root with
 * {@code java -cp engine/target/classes:engine/target/test-classes
 * descent.engine.bench.EngineBenchmark}.
 *
 * <p>"session" is what the page does per epoch: train, then evaluate the test set for the
 * history. "train only" is {@link Trainer#trainEpoch()} alone, whose training loss is free;
 * "train + exact loss" adds the extra forward pass over the training set an exact post-epoch
 * loss would need.
 */
public final class EngineBenchmark {
  private static final int RUNS = 5;

  private EngineBenchmark() {
  }

  public static void main(String[] args) {
    measure("spiral [8,8,8] tanh, sgd, batch 10", StandardConfigs.spiral(), 0.5);
    measure("spiral [8,8,8,8,8,8] tanh", StandardConfigs.deepSpiral(), 0.5);
    measure("iris 4-8-3 tanh softmax, batch 10",
        StandardConfigs.iris().dataText(BundledDataLoader.text("iris")), 0.5);
    measure("digits 64-32-10 relu softmax adam, batch 32",
        StandardConfigs.digits().dataText(BundledDataLoader.text("digits")), 1.0);
  }

  private interface EpochRunner {
    void epoch(Session session);
  }

  private static void measure(String name, SessionConfig config, double seconds) {
    System.out.println(name);
    report("  session (train + test eval)", config, seconds, Session::step);
    report("  train only (loss accumulated)", config, seconds,
        session -> session.trainer().trainEpoch());
    report("  train + exact loss pass", config, seconds, session -> {
      session.trainer().trainEpoch();
      session.trainer().meanLoss(session.trainSet());
    });
  }

  private static void report(String label, SessionConfig config, double seconds,
      EpochRunner runner) {
    Session warmUp = Session.create(config);
    timed(warmUp, runner, seconds);
    double[] rates = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      rates[r] = timed(Session.create(config), runner, seconds);
    }
    Arrays.sort(rates);
    System.out.println(label + ": " + Math.round(rates[RUNS / 2]) + " epochs/s");
  }

  /** Epochs per second over about the given time; sessions never stop (no epoch limit). */
  private static double timed(Session session, EpochRunner runner, double seconds) {
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    int epochs = 0;
    long now;
    do {
      for (int i = 0; i < 10; i++) {
        runner.epoch(session);
      }
      epochs += 10;
      now = System.nanoTime();
    } while (now < deadline);
    return epochs / ((now - start) / 1e9);
  }
}
