package descent.engine.bench;

import descent.engine.data.Dataset;
import descent.engine.data.XorTable;
import descent.engine.nn.Activation;
import descent.engine.nn.Initializer;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;
import descent.engine.optim.Sgd;
import descent.engine.random.SeededRandom;
import descent.engine.session.Session;
import descent.engine.session.SessionConfig;
import descent.engine.train.Trainer;

/**
 * The benchmark's sessions by number, shared by the JVM harness and the browser benchmark page so
 * that both run exactly the same code: 1 spiral [8,8,8], 2 spiral [8,8,8,8,8,8], 3 digits
 * 64-32-10, 4 iris 4-8-3 (see {@link StandardConfigs}). Configurations 3 and 4 need the data
 * set's CSV text (digits decompressed).
 */
public final class BenchmarkSessions {
  /** Number of standard configurations. */
  public static final int COUNT = 4;

  private BenchmarkSessions() {
  }

  /** The config of the given number (1 to 4); dataText is ignored by 1 and 2. */
  public static SessionConfig config(int number, String dataText) {
    switch (number) {
      case 1:
        return StandardConfigs.spiral();
      case 2:
        return StandardConfigs.deepSpiral();
      case 3:
        return StandardConfigs.digits().dataText(dataText);
      case 4:
        return StandardConfigs.iris().dataText(dataText);
      default:
        throw new IllegalArgumentException("config must be 1 to " + COUNT + " (was " + number
            + ")");
    }
  }

  /** The data set a configuration needs as text: null, "digits" or "iris". */
  public static String dataSetOf(int number) {
    return number == 3 ? "digits" : number == 4 ? "iris" : null;
  }

  public static Session create(int number, String dataText) {
    return Session.create(config(number, dataText));
  }

  /**
   * The seed article's XOR network as the playground page trains it: 2-3-2, tanh then softmax,
   * cross-entropy, Glorot from the seed, full-batch SGD.
   */
  public static Trainer xor(long seed, double learningRate) {
    Network network = new Network(new int[] {2, 3, 2},
        new Activation[] {Activation.TANH, Activation.SOFTMAX});
    Initializer.GLOROT.initialize(network, new SeededRandom(seed));
    Dataset xor = XorTable.create();
    return new Trainer(network, Loss.CROSS_ENTROPY, new Sgd(), xor, learningRate, 0, seed);
  }
}
