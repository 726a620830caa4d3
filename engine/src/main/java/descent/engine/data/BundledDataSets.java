package descent.engine.data;

/**
 * Parsers for the real data sets shipped with the engine (UCI Machine Learning Repository,
 * CC BY 4.0): pure functions from the file's text, so the browser can fetch the file and pass its
 * content. iris.csv and wine_data.csv start with a header {@code rows,features,class names...};
 * digits.csv (the decompressed digits.csv.gz) has none. In all three the last column is the class.
 */
public final class BundledDataSets {
  private BundledDataSets() {
  }

  /** Fisher's iris: 150 flowers, 4 measurements in cm, 3 species. */
  private static final String[] IRIS_FEATURES = {"sepal length (cm)", "sepal width (cm)",
      "petal length (cm)", "petal width (cm)"};
  private static final String[] WINE_FEATURES = {"alcohol", "malic acid", "ash",
      "alcalinity of ash", "magnesium", "total phenols", "flavanoids", "nonflavanoid phenols",
      "proanthocyanins", "color intensity", "hue", "OD280/OD315", "proline"};
  private static final int DIGIT_SIDE = 8;

  /**
   * The names of a bundled set's input columns, as the UCI descriptions give them (digits: the
   * pixel's row and column); null for any other id.
   */
  public static String[] featureNames(String id) {
    if ("iris".equals(id)) {
      return IRIS_FEATURES.clone();
    }
    if ("wine".equals(id)) {
      return WINE_FEATURES.clone();
    }
    if ("digits".equals(id)) {
      String[] names = new String[DIGIT_SIDE * DIGIT_SIDE];
      for (int i = 0; i < names.length; i++) {
        names[i] = "pixel " + (i / DIGIT_SIDE) + "," + (i % DIGIT_SIDE);
      }
      return names;
    }
    return null;
  }

  public static RawData iris(String text) {
    return withHeader(text, "iris");
  }

  /** Wine recognition (Forina et al.): 178 wines, 13 chemical measurements, 3 cultivars. */
  public static RawData wine(String text) {
    return withHeader(text, "wine");
  }

  /** Optical handwritten digits (Alpaydin and Kaynak 1998): 1797 8x8 images, pixels 0..16. */
  public static RawData digits(String text) {
    RawData data = CsvData.parse(text, -1).data();
    if (data.dimension() != 64 || data.classCount() != 10) {
      throw new IllegalArgumentException("digits: expected 64 pixels and 10 classes, found "
          + data.dimension() + " columns and " + data.classCount() + " classes");
    }
    return data;
  }

  /** Skips the {@code rows,features,names...} header line, then checks the declared shape. */
  private static RawData withHeader(String text, String name) {
    if (text == null) {
      throw new IllegalArgumentException(name + ": text must not be null");
    }
    int firstBreak = text.indexOf('\n');
    if (firstBreak < 0) {
      throw new IllegalArgumentException(name + ": no data after the header line");
    }
    String header = text.substring(0, firstBreak);
    int firstComma = header.indexOf(',');
    int secondComma = header.indexOf(',', firstComma + 1);
    if (firstComma < 0 || secondComma < 0) {
      throw new IllegalArgumentException(name + ": line 1 must read rows,features,class names");
    }
    double rows = DecimalParser.parse(header, 0, firstComma);
    double features = DecimalParser.parse(header, firstComma + 1, secondComma);
    RawData data = CsvData.parse(text.substring(firstBreak + 1), -1).data();
    if (data.size() != rows || data.dimension() != features) {
      throw new IllegalArgumentException(name + ": header declares " + header.substring(0,
          secondComma) + " but the file holds " + data.size() + " rows of " + data.dimension()
          + " features");
    }
    return data;
  }
}
