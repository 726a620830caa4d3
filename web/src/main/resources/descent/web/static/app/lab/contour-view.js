// The 2-D view: f(x, y) sampled once per function and view on a grid in the engine, turned into
// filled contour bands with iso-lines through ImageData, then the descent paths on top.
import { prepareCanvas } from './canvas-size.js';
import { contourScale, BAND_COUNT } from './contour-levels.js';
import { drawAxes } from './axes.js';
import { drawMinima, drawPaths } from './path-drawing.js';
import { rgb } from './theme.js';

const GRID_STEP = 2; // one engine sample per 2 x 2 CSS pixels
const MAX_GRID = 320;

export class ContourView {
  constructor(canvas) {
    this.canvas = canvas;
    this.cacheKey = '';
    this.image = document.createElement('canvas');
  }

  /** Forces the next draw to sample f again (new function, new theme). */
  invalidate() {
    this.cacheKey = '';
  }

  draw({ lab, box, theme, traces, minima, preferLog, functionKey }) {
    const { width, height, ctx } = prepareCanvas(this.canvas);
    const nx = Math.min(MAX_GRID, Math.ceil(width / GRID_STEP));
    const ny = Math.min(MAX_GRID, Math.ceil(height / GRID_STEP));
    const key = [functionKey, box.xmin, box.xmax, box.ymin, box.ymax, nx, ny, theme.labContourLow].join('|');
    if (key !== this.cacheKey) {
      this.renderBands(lab.evaluateGrid(box.xmin, box.xmax, box.ymin, box.ymax, nx, ny), nx, ny, theme, preferLog);
      this.cacheKey = key;
    }
    ctx.clearRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.image, 0, 0, width, height);
    drawAxes(ctx, box, width, height, theme);
    drawMinima(ctx, minima.map(([x, y]) => [box.toPixelX(x, width), box.toPixelY(y, height)]), theme);
    drawPaths(ctx, traces,
      (trace, i) => [box.toPixelX(trace.x(i), width), box.toPixelY(trace.y(i), height)], theme);
  }

  renderBands(values, nx, ny, theme, preferLog) {
    const { bandOf } = contourScale(values, preferLog);
    const bands = Int8Array.from(values, bandOf);
    const low = rgb(theme.labContourLow);
    const high = rgb(theme.labContourHigh);
    const line = rgb(theme.labContourLine);
    const palette = Array.from({ length: BAND_COUNT }, (_, b) => low.map((c, k) => Math.round(c + ((high[k] - c) * b) / (BAND_COUNT - 1))));
    this.image.width = nx;
    this.image.height = ny;
    const context = this.image.getContext('2d');
    const pixels = context.createImageData(nx, ny);
    for (let row = 0; row < ny; row++) {
      for (let column = 0; column < nx; column++) {
        const index = row * nx + column;
        const band = bands[index];
        // An iso-line wherever the band changes to the right or below.
        const edge = (column + 1 < nx && bands[index + 1] !== band) || (row + 1 < ny && bands[index + nx] !== band);
        const color = band < 0 ? [128, 128, 128] : edge ? line : palette[band];
        pixels.data.set([color[0], color[1], color[2], band < 0 ? 60 : 255], index * 4);
      }
    }
    context.putImageData(pixels, 0, 0);
  }
}
