// Everything a frame draws after training: one grid evaluation feeds the output heatmap and
// every neuron's thumbnail; the diagram's links follow the weights; the charts redraw from the
// decimated history. The time it takes is measured with performance.now and exposed on <html>
// as data-draw-ms (drawing only) and data-eval-ms (the grid evaluation in the engine).
import { Heatmap } from './heatmap.js';

export const GRID = 100;
const GRID_SHARE_MS = 3;

export class View {
  constructor({ heatmapCanvas, diagram, charts }) {
    this.heatmap = new Heatmap(heatmapCanvas, GRID);
    this.diagram = diagram;
    this.charts = charts;
    this.drawMs = 0;
    this.evalMs = 0;
    this.drawSamples = new Float64Array(120);
    this.drawCount = 0;
  }

  /** Binds to a new session: the plot's bounds and how the output is coloured. */
  attach(session, plotX, plotY) {
    this.session = session;
    this.plotX = plotX;
    this.plotY = plotY;
    this.bounds = session.bounds(plotX, plotY);
    const outputs = session.sizes.at(-1);
    this.outputs = outputs;
    this.outputSlot = session.sizes.slice(0, -1).reduce((a, b) => a + b, 0);
    this.outputRange = Array.from(session.handle.outputRange());
    this.mode = outputs >= 3 ? 'classes' : 'diverging';
    this.showMap = session.plotDims;
  }

  redrawPoints(showTest) {
    const s = this.session;
    this.heatmap.drawPoints(s.points(this.plotX, this.plotY), this.bounds,
      { showTest, regression: s.regression });
  }

  /**
   * Evaluates the grid and draws everything; returns the draw time in ms. While training, the
   * grid (the costly part, in the engine) is re-evaluated only as often as keeps its average
   * cost under GRID_SHARE_MS per frame; force (a pause, a step, an edit) always evaluates.
   */
  draw(force = true) {
    const s = this.session;
    const t0 = performance.now();
    let grid = null;
    if (this.showMap) {
      this.framesSinceGrid = (this.framesSinceGrid || 0) + 1;
      const every = Math.min(8, Math.max(1, Math.ceil(this.evalMs / GRID_SHARE_MS)));
      if (force || this.framesSinceGrid >= every) {
        grid = s.evaluateGrid(GRID, this.bounds);
        this.framesSinceGrid = 0;
      }
    }
    const t1 = performance.now();
    const params = s.parameters();
    // The gradient needs a pass over the training set: only computed while a tooltip shows it.
    const hovering = Boolean(this.diagram.hover);
    const buffers = hovering ? { params, grads: s.gradients(), updates: s.lastUpdate() } : null;
    const t2 = performance.now();
    if (grid) {
      const n = GRID * GRID;
      const base = this.outputSlot * n;
      if (this.mode === 'classes') {
        this.heatmap.paint(grid, base, this.outputs, 'classes', 0, 1);
      } else if (this.outputs === 2) {
        this.heatmap.paint(grid, base + n, 1, 'diverging', 0, 1);
      } else {
        this.heatmap.paint(grid, base, 1, 'diverging', this.outputRange[0], this.outputRange[1]);
      }
      this.heatmap.compose();
      this.diagram.updateThumbnails(grid, GRID, this.outputRange);
    }
    this.diagram.updateWeights(params);
    if (hovering) this.diagram.showTooltip(buffers);
    this.charts.draw();
    const t3 = performance.now();
    if (grid) this.evalMs = t1 - t0;
    this.drawMs = (t3 - t2);
    this.drawSamples[this.drawCount++ % this.drawSamples.length] = this.drawMs;
    const root = document.documentElement.dataset;
    root.drawMs = this.drawMs.toFixed(3);
    // The full visual update: a frame that repainted the heatmap and every thumbnail too.
    if (grid) root.fullDrawMs = this.drawMs.toFixed(3);
    root.evalMs = this.evalMs.toFixed(3);
    root.readMs = (t2 - t1).toFixed(3);
    return this.drawMs;
  }
}
