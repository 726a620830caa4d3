package descent.web.lab;

import descent.engine.function.preset.FunctionPreset;
import org.teavm.jso.JSExport;

/** One of the engine's preset functions, as the page reads it. */
public final class LabPreset {
  private final FunctionPreset preset;

  LabPreset(FunctionPreset preset) {
    this.preset = preset;
  }

  @JSExport
  public String id() {
    return preset.id();
  }

  @JSExport
  public String title() {
    return preset.title();
  }

  @JSExport
  public String expression() {
    return preset.expression();
  }

  /** The suggested start, 1 or 2 coordinates. */
  @JSExport
  public double[] start() {
    return preset.start();
  }

  @JSExport
  public String optimizer() {
    return preset.optimizer();
  }

  @JSExport
  public double learningRate() {
    return preset.learningRate();
  }

  /** The known minima, flattened: x0, (y0,) x1, (y1,) ...; empty when there is none. */
  @JSExport
  public double[] minima() {
    double[][] minima = preset.minima();
    int dimension = preset.start().length;
    double[] flat = new double[minima.length * dimension];
    for (int i = 0; i < minima.length; i++) {
      System.arraycopy(minima[i], 0, flat, i * dimension, dimension);
    }
    return flat;
  }

  @JSExport
  public String description() {
    return preset.description();
  }
}
