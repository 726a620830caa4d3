package descent.engine.data;

import descent.engine.math.EngineMath;
import descent.engine.random.SeededRandom;

/**
 * Seeded 2-D data generators with points in about [-6, 6]^2. circle, xor, gauss, spiral, plane
 * and multi-gauss follow TensorFlow Playground's dataset.ts (Smilkov and Carter, 2016) draw for
 * draw, with its noise semantics (noise in [0, 0.5]); moons, checkerboard and sine are ours.
 * Classes are stored as indices: Playground's label +1 is class 1, label -1 class 0. Regression
 * values lie in [-1, 1]. All randomness comes from the given generator, all trigonometry from
 * {@link EngineMath}, so a seed gives the same points on every platform. Document ids as below.
 */
public enum PlaygroundData {
  /** Class 1 inside radius 2.5, class 0 in the ring 3.5..5; labels from the noisy position. */
  CIRCLE("circle", 2) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      double radius = 5;
      for (int half = 0; half < 2; half++) {
        for (int i = 0; i < count / 2; i++) {
          double r = half == 0 ? random.nextDouble(0, radius * 0.5)
              : random.nextDouble(radius * 0.7, radius);
          double angle = random.nextDouble(0, 2 * Math.PI);
          double x = r * EngineMath.sin(angle);
          double y = r * EngineMath.cos(angle);
          double noiseX = random.nextDouble(-radius, radius) * noise;
          double noiseY = random.nextDouble(-radius, radius) * noise;
          double nx = x + noiseX;
          double ny = y + noiseY;
          sink.add(x, y, Math.sqrt(nx * nx + ny * ny) < radius * 0.5 ? 1 : 0);
        }
      }
    }
  },

  /** Class 1 where x1 x2 >= 0 (first and third quadrants), with a 0.3 gap along the axes. */
  XOR("xor", 2) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      double padding = 0.3;
      for (int i = 0; i < count; i++) {
        double x = random.nextDouble(-5, 5);
        x += x > 0 ? padding : -padding;
        double y = random.nextDouble(-5, 5);
        y += y > 0 ? padding : -padding;
        double noiseX = random.nextDouble(-5, 5) * noise;
        double noiseY = random.nextDouble(-5, 5) * noise;
        sink.add(x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : 0);
      }
    }
  },

  /** Two Gaussians at (2, 2) (class 1) and (-2, -2) (class 0), variance 0.5 + 7 noise. */
  GAUSS("gauss", 2) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      double variance = 0.5 + noise * (4 - 0.5) / 0.5;
      double sd = Math.sqrt(variance);
      for (int half = 0; half < 2; half++) {
        double center = half == 0 ? 2 : -2;
        for (int i = 0; i < count / 2; i++) {
          double x = center + sd * random.nextGaussian();
          double y = center + sd * random.nextGaussian();
          sink.add(x, y, half == 0 ? 1 : 0);
        }
      }
    }
  },

  /** Two interleaved spirals of 1.75 turns out to radius 5; class 1 starts at angle 0. */
  SPIRAL("spiral", 2) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      int n = count / 2;
      for (int half = 0; half < 2; half++) {
        double deltaT = half == 0 ? 0 : Math.PI;
        for (int i = 0; i < n; i++) {
          double r = (double) i / n * 5;
          double t = 1.75 * i / n * 2 * Math.PI + deltaT;
          double x = r * EngineMath.sin(t) + random.nextDouble(-1, 1) * noise;
          double y = r * EngineMath.cos(t) + random.nextDouble(-1, 1) * noise;
          sink.add(x, y, half == 0 ? 1 : 0);
        }
      }
    }
  },

  /**
   * Two interleaving half circles (as scikit-learn's make_moons), scaled by 3 and centred:
   * class 1 the upper moon, class 0 the lower; Gaussian noise of standard deviation 3 noise.
   */
  MOONS("moons", 2) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      double scale = 3;
      for (int half = 0; half < 2; half++) {
        for (int i = 0; i < count / 2; i++) {
          double t = random.nextDouble(0, Math.PI);
          double x = half == 0 ? EngineMath.cos(t) : 1 - EngineMath.cos(t);
          double y = half == 0 ? EngineMath.sin(t) : 0.5 - EngineMath.sin(t);
          x = (x - 0.5) * scale + random.nextGaussian() * scale * noise;
          y = (y - 0.25) * scale + random.nextGaussian() * scale * noise;
          sink.add(x, y, half == 0 ? 1 : 0);
        }
      }
    }
  },

  /**
   * A 4 x 4 checkerboard of 3 x 3 squares over [-6, 6]^2; the label comes from the position
   * displaced by uniform noise of up to 6 noise, as Playground's xor does.
   */
  CHECKERBOARD("checkerboard", 2) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      for (int i = 0; i < count; i++) {
        double x = random.nextDouble(-6, 6);
        double y = random.nextDouble(-6, 6);
        double nx = x + random.nextDouble(-6, 6) * noise;
        double ny = y + random.nextDouble(-6, 6) * noise;
        int parity = (int) (Math.floor(nx / 3) + Math.floor(ny / 3));
        sink.add(x, y, (parity & 1) == 0 ? 1 : 0);
      }
    }
  },

  /** Regression: the value (x1 + x2) / 10 of the noisy position, in [-1.2, 1.2]. */
  PLANE("plane", 0) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      double radius = 6;
      for (int i = 0; i < count; i++) {
        double x = random.nextDouble(-radius, radius);
        double y = random.nextDouble(-radius, radius);
        double noiseX = random.nextDouble(-radius, radius) * noise;
        double noiseY = random.nextDouble(-radius, radius) * noise;
        sink.add(x, y, (x + noiseX + y + noiseY) / 10);
      }
    }
  },

  /**
   * Regression: six signed bumps at (+-4 or 0, +-2.5), value sign x max(0, 1 - distance / 2) of
   * the bump with the largest magnitude.
   */
  MULTI_GAUSS("multi-gauss", 0) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      double[][] bumps = {
          {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
      double radius = 6;
      for (int i = 0; i < count; i++) {
        double x = random.nextDouble(-radius, radius);
        double y = random.nextDouble(-radius, radius);
        double nx = x + random.nextDouble(-radius, radius) * noise;
        double ny = y + random.nextDouble(-radius, radius) * noise;
        double value = 0;
        for (double[] bump : bumps) {
          double dx = nx - bump[0];
          double dy = ny - bump[1];
          double height = Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / 2);
          double signed = bump[2] * height;
          if (Math.abs(signed) > Math.abs(value)) {
            value = signed;
          }
        }
        sink.add(x, y, value);
      }
    }
  },

  /**
   * Regression on one input: value sin(x1) of the noisy x1 (x1 uniform in [-6, 6], noise up to
   * 6 noise); x2 is uniform in [-6, 6] and irrelevant, a distractor the network must learn to
   * ignore.
   */
  SINE("sine", 0) {
    @Override
    void generate(int count, double noise, SeededRandom random, Sink sink) {
      for (int i = 0; i < count; i++) {
        double x = random.nextDouble(-6, 6);
        double y = random.nextDouble(-6, 6);
        double nx = x + random.nextDouble(-6, 6) * noise;
        sink.add(x, y, EngineMath.sin(nx));
      }
    }
  };

  /** Most noise a generator accepts, as in Playground. */
  public static final double MAX_NOISE = 0.5;
  /** Most points a generator produces. */
  public static final int MAX_POINTS = 20_000;

  private final String id;
  private final int classCount;

  PlaygroundData(String id, int classCount) {
    this.id = id;
    this.classCount = classCount;
  }

  public String id() {
    return id;
  }

  /** 2 for the classification sets, 0 for regression. */
  public int classCount() {
    return classCount;
  }

  /**
   * Generates the points.
   *
   * @param count number of points, 2..20,000 (generators that draw two halves use an even count,
   *     rounding down)
   * @param noise noise level in [0, 0.5], as in Playground
   * @param random the only source of randomness
   */
  public RawData generate(int count, double noise, SeededRandom random) {
    if (count < 2 || count > MAX_POINTS) {
      throw new IllegalArgumentException("points must be in [2, " + MAX_POINTS + "] (was " + count
          + ")");
    }
    if (!(noise >= 0 && noise <= MAX_NOISE)) {
      throw new IllegalArgumentException("noise must be in [0, " + MAX_NOISE + "] (was " + noise
          + ")");
    }
    Sink sink = new Sink(count);
    generate(count, noise, random, sink);
    return sink.toRawData(classCount);
  }

  abstract void generate(int count, double noise, SeededRandom random, Sink sink);

  /** The generator with the given document name. */
  public static PlaygroundData fromId(String id) {
    for (PlaygroundData data : values()) {
      if (data.id.equals(id)) {
        return data;
      }
    }
    throw new IllegalArgumentException("dataset: unknown 2-D generator '" + id + "'");
  }

  /** Collects generated points. */
  static final class Sink {
    private final double[] inputs;
    private final double[] values;
    private int size;

    Sink(int capacity) {
      inputs = new double[2 * capacity];
      values = new double[capacity];
    }

    void add(double x1, double x2, double value) {
      inputs[2 * size] = x1;
      inputs[2 * size + 1] = x2;
      values[size] = value;
      size++;
    }

    RawData toRawData(int classCount) {
      double[] in = new double[2 * size];
      double[] out = new double[size];
      System.arraycopy(inputs, 0, in, 0, 2 * size);
      System.arraycopy(values, 0, out, 0, size);
      return new RawData(in, 2, out, classCount);
    }
  }
}
