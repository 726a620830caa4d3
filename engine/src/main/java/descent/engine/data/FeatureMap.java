package descent.engine.data;

/**
 * The chosen features of 2-D points, in the order given: maps raw (x1, x2) rows to network
 * inputs, for the data sets and for every grid point of a heatmap alike.
 */
public final class FeatureMap {
  private final Feature[] features;

  public FeatureMap(Feature... features) {
    if (features == null || features.length == 0) {
      throw new IllegalArgumentException("features must name at least one feature");
    }
    for (int i = 0; i < features.length; i++) {
      for (int j = 0; j < i; j++) {
        if (features[i] == features[j]) {
          throw new IllegalArgumentException("features: '" + features[i].id()
              + "' is listed twice");
        }
      }
    }
    this.features = features.clone();
  }

  /** From document ids, e.g. {@code "x1", "x2"}. */
  public static FeatureMap ofIds(String... ids) {
    if (ids == null || ids.length == 0) {
      throw new IllegalArgumentException("features must name at least one feature");
    }
    Feature[] features = new Feature[ids.length];
    for (int i = 0; i < ids.length; i++) {
      features[i] = Feature.fromId(ids[i]);
    }
    return new FeatureMap(features);
  }

  public int size() {
    return features.length;
  }

  public Feature feature(int index) {
    return features[index];
  }

  /** Writes the features of (x1, x2) into out[offset .. offset + size()). */
  public void apply(double x1, double x2, double[] out, int offset) {
    for (int f = 0; f < features.length; f++) {
      out[offset + f] = features[f].value(x1, x2);
    }
  }

  /** The feature matrix (count x size()) of 2-D raw data. */
  public double[] applyAll(RawData points) {
    if (points.dimension() != 2) {
      throw new IllegalArgumentException("features apply to 2-D points, not "
          + points.dimension() + "-D data");
    }
    double[] in = points.inputs();
    double[] out = new double[points.size() * features.length];
    for (int i = 0; i < points.size(); i++) {
      apply(in[2 * i], in[2 * i + 1], out, i * features.length);
    }
    return out;
  }
}
