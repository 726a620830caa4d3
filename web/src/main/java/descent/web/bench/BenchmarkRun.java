package descent.web.bench;

import descent.engine.inspect.Grid;
import descent.engine.metrics.DoubleSeries;
import descent.engine.metrics.History;
import descent.engine.nn.Network;
import descent.engine.session.Session;
import descent.web.Float64Handover;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

/** One session of a standard configuration, driven by the benchmark page. */
public final class BenchmarkRun {
  private final Session session;
  private final Network network;
  private double[] grid;
  private double[] chart;
  private final Float64Handover gridHandover = new Float64Handover();

  BenchmarkRun(Session session) {
    this.session = session;
    this.network = session.network();
  }

  /**
   * Whether each epoch also evaluates the test set (off in the playground, which reads the test
   * metrics once per frame; on for headless runs and as TensorFlow Playground's epoch does).
   */
  @JSExport
  public void setTestEveryEpoch(boolean testEveryEpoch) {
    session.setTestEveryEpoch(testEveryEpoch);
  }

  /** Epochs through {@link Session#step()}, as the page and the server train them. */
  @JSExport
  public void step(int epochs) {
    for (int i = 0; i < epochs; i++) {
      session.step();
    }
  }

  @JSExport
  public int epoch() {
    return session.epoch();
  }

  @JSExport
  public double lastTrainLoss() {
    return session.history().trainLosses().last();
  }

  /** Units of every layer (hidden layers, then the output). */
  @JSExport
  public int[] layerSizes() {
    int[] sizes = new int[network.layerCount()];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = network.fanOut(l);
    }
    return sizes;
  }

  /**
   * Evaluates the 100 x 100 playground grid for every unit of every layer (the output layer
   * last) and returns the values unit after unit, 10,000 each, in image order: what the page's
   * heatmap and neuron thumbnails draw. The returned buffer is reused.
   */
  @JSExport
  public double[] evaluateGrid() {
    Grid area = Grid.playground();
    int points = area.pointCount();
    if (grid == null) {
      grid = new double[network.unitCount() * points];
    }
    session.gridEvaluator().evaluateNeurons(area, grid, 0);
    return grid;
  }

  /** {@link #evaluateGrid()} handed over as one Float64Array view (see Float64Handover). */
  @JSExport
  public Float64Array evaluateGridView() {
    return gridHandover.view(evaluateGrid());
  }

  /** Grid evaluation only (no copy to the page), for timing the engine's share. */
  @JSExport
  public void evaluateGridOnly() {
    evaluateGrid();
  }

  /**
   * The loss chart's data: train losses then test losses, each downsampled to at most width
   * points spread evenly over the history (epoch 0 included).
   */
  @JSExport
  public double[] lossChart(int width) {
    History history = session.history();
    int rows = history.size();
    int n = Math.min(width, rows);
    if (chart == null || chart.length != 2 * n) {
      chart = new double[2 * n];
    }
    DoubleSeries train = history.trainLosses();
    DoubleSeries test = history.testLosses();
    for (int i = 0; i < n; i++) {
      int row = n == 1 ? 0 : (int) ((double) i * (rows - 1) / (n - 1));
      chart[i] = train.get(row);
      chart[n + i] = test.get(row);
    }
    return chart;
  }
}
