package descent.engine.data;

import descent.engine.math.EngineMath;

/**
 * An input feature computed from a 2-D point (x1, x2), as in TensorFlow Playground. Document ids:
 * {@code x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)}.
 */
public enum Feature {
  X1("x1"),
  X2("x2"),
  X1_SQUARED("x1^2"),
  X2_SQUARED("x2^2"),
  X1_TIMES_X2("x1*x2"),
  SIN_X1("sin(x1)"),
  SIN_X2("sin(x2)");

  private final String id;

  Feature(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The feature's value at the point (x1, x2). */
  public double value(double x1, double x2) {
    switch (this) {
      case X1:
        return x1;
      case X2:
        return x2;
      case X1_SQUARED:
        return x1 * x1;
      case X2_SQUARED:
        return x2 * x2;
      case X1_TIMES_X2:
        return x1 * x2;
      case SIN_X1:
        return EngineMath.sin(x1);
      default:
        return EngineMath.sin(x2);
    }
  }

  /** The feature with the given document name. */
  public static Feature fromId(String id) {
    for (Feature feature : values()) {
      if (feature.id.equals(id)) {
        return feature;
      }
    }
    throw new IllegalArgumentException("features: unknown id '" + id
        + "' (expected x1, x2, x1^2, x2^2, x1*x2, sin(x1) or sin(x2))");
  }
}
