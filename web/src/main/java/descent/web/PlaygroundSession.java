package descent.web;

import descent.engine.data.Dataset;
import descent.engine.data.XorTable;
import descent.engine.nn.Activation;
import descent.engine.nn.Initializer;
import descent.engine.nn.Loss;
import descent.engine.nn.Network;
import descent.engine.optim.Sgd;
import descent.engine.random.SeededRandom;
import descent.engine.train.Trainer;
import org.teavm.jso.JSExport;

/** One network in training, as the page sees it: step it, read its numbers. */
public final class PlaygroundSession {
  private final Trainer trainer;
  private final Dataset train;

  private PlaygroundSession(Trainer trainer, Dataset train) {
    this.trainer = trainer;
    this.train = train;
  }

  static PlaygroundSession articleXor(long seed, double learningRate) {
    Network network = new Network(new int[] {2, 3, 2},
        new Activation[] {Activation.TANH, Activation.SOFTMAX});
    Initializer.GLOROT.initialize(network, new SeededRandom(seed));
    Dataset xor = XorTable.create();
    return new PlaygroundSession(
        new Trainer(network, Loss.CROSS_ENTROPY, new Sgd(), xor, learningRate, 0, seed), xor);
  }

  /** Trains the given number of whole epochs; the page sizes the count to its frame budget. */
  @JSExport
  public void train(int epochs) {
    for (int i = 0; i < epochs; i++) {
      trainer.trainEpoch();
    }
  }

  @JSExport
  public int epoch() {
    return trainer.epoch();
  }

  @JSExport
  public double trainLoss() {
    return trainer.meanLoss(train);
  }

  @JSExport
  public double trainAccuracy() {
    return trainer.accuracy(train);
  }

  @JSExport
  public void setLearningRate(double learningRate) {
    trainer.setLearningRate(learningRate);
  }
}
