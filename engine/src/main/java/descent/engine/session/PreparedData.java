package descent.engine.session;

import descent.engine.data.BundledDataSets;
import descent.engine.data.CsvData;
import descent.engine.data.Dataset;
import descent.engine.data.FeatureMap;
import descent.engine.data.PlaygroundData;
import descent.engine.data.RawData;
import descent.engine.data.Standardizer;
import descent.engine.data.TargetEncoding;
import descent.engine.data.TrainTestSplit;
import descent.engine.nn.Activation;
import descent.engine.random.SeededRandom;

/**
 * The data of a session, from config to network-ready sets: raw examples (generated from the
 * seed or parsed), the seeded split, 2-D features, standardisation fitted on the training part,
 * and targets encoded for the output layer.
 */
final class PreparedData {
  /** Points in the plane arrive as rows x1, x2, label. */
  private static final int POINT_LABEL_COLUMN = 2;

  final RawData rawTrain;
  final RawData rawTest;
  final FeatureMap features;
  final Standardizer standardizer;
  final TargetEncoding encoding;
  final Dataset train;
  final Dataset test;

  private PreparedData(RawData rawTrain, RawData rawTest, FeatureMap features,
      Standardizer standardizer, TargetEncoding encoding, Dataset train, Dataset test) {
    this.rawTrain = rawTrain;
    this.rawTest = rawTest;
    this.features = features;
    this.standardizer = standardizer;
    this.encoding = encoding;
    this.train = train;
    this.test = test;
  }

  static RawData load(SessionConfig config, SeededRandom dataRandom) {
    String id = config.dataset;
    if (id == null) {
      throw new IllegalArgumentException("dataset must not be null");
    }
    switch (id) {
      case "xor-table":
        return new RawData(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, 2, new double[] {0, 1, 1, 0}, 2);
      case "iris":
        return BundledDataSets.iris(requireText(config));
      case "wine":
        return BundledDataSets.wine(requireText(config));
      case "digits":
        return BundledDataSets.digits(requireText(config));
      case "csv":
        return CsvData.parse(requireText(config), config.labelColumn).data();
      case "points":
        return CsvData.parse(requireText(config), POINT_LABEL_COLUMN).data();
      default:
        return PlaygroundData.fromId(id).generate(config.points, config.noise, dataRandom);
    }
  }

  private static String requireText(SessionConfig config) {
    if (config.dataText == null) {
      throw new IllegalArgumentException("dataText: dataset '" + config.dataset
          + "' needs the file's text");
    }
    return config.dataText;
  }

  static boolean isTable(String dataset) {
    return "iris".equals(dataset) || "wine".equals(dataset) || "digits".equals(dataset)
        || "csv".equals(dataset);
  }

  static PreparedData prepare(SessionConfig config, Activation output, long seed) {
    RawData all = load(config, new SeededRandom(seed));
    RawData rawTrain;
    RawData rawTest;
    if ("xor-table".equals(config.dataset)) {
      rawTrain = all;
      rawTest = all.select(new int[0]);
    } else {
      TrainTestSplit split = TrainTestSplit.of(all, config.trainFraction,
          new SeededRandom(seed + 1));
      rawTrain = split.train();
      rawTest = split.test();
    }
    if (rawTrain.size() == 0) {
      throw new IllegalArgumentException("trainFraction leaves no training examples");
    }
    boolean table = isTable(config.dataset);
    FeatureMap features = table ? null : FeatureMap.ofIds(config.features);
    double[] trainInputs = table ? rawTrain.inputs().clone() : features.applyAll(rawTrain);
    double[] testInputs = table ? rawTest.inputs().clone() : features.applyAll(rawTest);
    int inputSize = table ? rawTrain.dimension() : features.size();
    boolean standardize = config.standardize != null ? config.standardize : table;
    Standardizer standardizer = null;
    if (standardize) {
      standardizer = Standardizer.fit(trainInputs, inputSize);
      standardizer.applyInPlace(trainInputs);
      standardizer.applyInPlace(testInputs);
    }
    int classes = all.classCount();
    int outputSize = config.outputSize > 0 ? config.outputSize
        : classes == 0 || classes == 2 && output != Activation.SOFTMAX ? 1 : classes;
    TargetEncoding encoding = TargetEncoding.forOutput(classes, output, outputSize);
    Dataset train = new Dataset(trainInputs, inputSize, encoding.encode(rawTrain), outputSize);
    Dataset test = new Dataset(testInputs, inputSize, encoding.encode(rawTest), outputSize);
    return new PreparedData(rawTrain, rawTest, features, standardizer, encoding, train, test);
  }
}
