// The output heatmap: the network's output over the plotted plane, res x res cells painted into
// one reused ImageData and scaled up by drawImage. The data points live on a second canvas that
// is redrawn only when the data or the view changes, so a training frame costs one putImageData
// and one drawImage.
import { CLASS_CSS, DIVERGING, classColor, divergingIndex } from './colors.js';

export class Heatmap {
  constructor(canvas, res) {
    this.canvas = canvas;
    this.res = res;
    this.ctx = canvas.getContext('2d');
    this.cell = document.createElement('canvas');
    this.cell.width = res;
    this.cell.height = res;
    this.cellCtx = this.cell.getContext('2d');
    this.image = this.cellCtx.createImageData(res, res);
    this.pixels = new Uint32Array(this.image.data.buffer);
    this.pointsLayer = document.createElement('canvas');
    this.pointsLayer.width = canvas.width;
    this.pointsLayer.height = canvas.height;
    this.discretize = false;
  }

  /**
   * Paints the output from a grid buffer. mode: 'diverging' (one output; range [lo, hi] maps to
   * [-1, 1]) or 'classes' (outputs units, argmax colour, confidence as saturation).
   */
  paint(grid, offset, units, mode, lo, hi) {
    const n = this.res * this.res;
    const px = this.pixels;
    const discrete = this.discretize;
    if (mode === 'classes') {
      for (let i = 0; i < n; i++) {
        let best = 0;
        let bestValue = grid[offset + i];
        for (let k = 1; k < units; k++) {
          const v = grid[offset + k * n + i];
          if (v > bestValue) {
            bestValue = v;
            best = k;
          }
        }
        px[i] = classColor(best, discrete ? 1 : Math.min(1, Math.max(0, (bestValue * units - 1) / (units - 1))));
      }
    } else {
      const scale = 2 / (hi - lo);
      for (let i = 0; i < n; i++) {
        let t = (grid[offset + i] - lo) * scale - 1;
        if (discrete) t = t >= 0 ? 1 : -1;
        px[i] = DIVERGING[divergingIndex(t)];
      }
    }
    this.cellCtx.putImageData(this.image, 0, 0);
  }

  /** Redraws the point layer: rows [x, y, label, isTest] in data coordinates. */
  drawPoints(points, bounds, options) {
    const ctx = this.pointsLayer.getContext('2d');
    const { width, height } = this.pointsLayer;
    ctx.clearRect(0, 0, width, height);
    const [x0, x1, y0, y1] = bounds;
    const radius = Math.max(2.5, Math.min(5, width / 90));
    for (let i = 0; i + 3 < points.length; i += 4) {
      const isTest = points[i + 3] > 0;
      if (isTest && !options.showTest) continue;
      const px = ((points[i] - x0) / (x1 - x0)) * width;
      const py = (1 - (points[i + 1] - y0) / (y1 - y0)) * height;
      const label = points[i + 2];
      ctx.beginPath();
      ctx.arc(px, py, radius, 0, Math.PI * 2);
      if (options.regression) {
        const t = Math.max(-1, Math.min(1, label));
        const c = DIVERGING[divergingIndex(t)];
        ctx.fillStyle = `rgb(${c & 255},${(c >> 8) & 255},${(c >> 16) & 255})`;
      } else {
        ctx.fillStyle = CLASS_CSS[label % CLASS_CSS.length];
      }
      ctx.fill();
      ctx.lineWidth = isTest ? 2 : 1;
      ctx.strokeStyle = isTest ? '#111' : '#fff';
      ctx.stroke();
    }
  }

  /** Composes the scaled heatmap and the point layer onto the visible canvas. */
  compose() {
    const { ctx, canvas } = this;
    ctx.imageSmoothingEnabled = !this.discretize;
    ctx.drawImage(this.cell, 0, 0, canvas.width, canvas.height);
    ctx.drawImage(this.pointsLayer, 0, 0);
  }

  /** Data coordinates of a pointer event on the canvas. */
  toData(event, bounds) {
    const rect = this.canvas.getBoundingClientRect();
    const u = (event.clientX - rect.left) / rect.width;
    const v = (event.clientY - rect.top) / rect.height;
    return [bounds[0] + u * (bounds[1] - bounds[0]), bounds[3] - v * (bounds[3] - bounds[2])];
  }
}
