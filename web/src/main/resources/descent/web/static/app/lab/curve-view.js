// The 1-D view: the curve f(x) from the engine, every iterate (x_k, f(x_k)) joined in order so a
// zigzag or a runaway is visible, and the tangent at the current point, whose slope f'(x) is
// exactly what the next step multiplies by the learning rate.
import { prepareCanvas } from './canvas-size.js';
import { drawAxes } from './axes.js';
import { drawMinima, drawPaths } from './path-drawing.js';
import { ViewBox } from './view-box.js';
import { formatNumber } from '../shared/number-format.js';

const TANGENT_HALF_WIDTH = 0.18; // of the x span
const MARGIN = 0.08; // of the y range, above and below the curve

export class CurveView {
  constructor(canvas) {
    this.canvas = canvas;
    this.cacheKey = '';
    this.values = new Float64Array(0);
  }

  invalidate() {
    this.cacheKey = '';
  }

  draw({ lab, box, theme, traces, minima, functionKey, tangentTrace }) {
    const { width, height, ctx } = prepareCanvas(this.canvas);
    const key = [functionKey, box.xmin, box.xmax, width].join('|');
    if (key !== this.cacheKey) {
      this.values = lab.evaluateCurve(box.xmin, box.xmax, width + 1);
      this.cacheKey = key;
    }
    const view = this.verticalRange(box);
    ctx.clearRect(0, 0, width, height);
    drawAxes(ctx, view, width, height, theme);
    this.drawCurve(ctx, view, width, height, theme);
    drawMinima(ctx, minima.map(([x]) => [view.toPixelX(x, width), view.toPixelY(lab.evaluateCurve(x, x, 1)[0], height)]), theme);
    drawPaths(ctx, traces,
      (trace, i) => [view.toPixelX(trace.x(i), width), view.toPixelY(trace.value(i), height)], theme);
    if (tangentTrace && tangentTrace.count > 0) {
      this.drawTangent(ctx, view, width, height, theme, tangentTrace);
    }
    this.view = view;
  }

  /** The box with its y range fitted to the curve over the visible x range. */
  verticalRange(box) {
    const finite = this.values.filter(Number.isFinite);
    let low = finite.length ? Math.min(...finite) : -1;
    let high = finite.length ? Math.max(...finite) : 1;
    if (high - low < 1e-12) {
      low -= 1;
      high += 1;
    }
    const pad = (high - low) * MARGIN;
    return new ViewBox(box.xmin, box.xmax, low - pad, high + pad);
  }

  drawCurve(ctx, view, width, height, theme) {
    ctx.save();
    ctx.strokeStyle = theme.fg;
    ctx.lineWidth = 2;
    ctx.beginPath();
    let drawing = false;
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i];
      if (!Number.isFinite(value)) {
        drawing = false;
        continue;
      }
      const px = (i / (this.values.length - 1)) * width;
      const py = view.toPixelY(value, height);
      if (drawing) {
        ctx.lineTo(px, py);
      } else {
        ctx.moveTo(px, py);
        drawing = true;
      }
    }
    ctx.stroke();
    ctx.restore();
  }

  drawTangent(ctx, view, width, height, theme, trace) {
    const last = trace.count - 1;
    const x = trace.x(last);
    const f = trace.value(last);
    const slope = trace.gradient(last, 0);
    if (![x, f, slope].every(Number.isFinite)) {
      return;
    }
    const half = (view.xmax - view.xmin) * TANGENT_HALF_WIDTH;
    ctx.save();
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(view.toPixelX(x - half, width), view.toPixelY(f - slope * half, height));
    ctx.lineTo(view.toPixelX(x + half, width), view.toPixelY(f + slope * half, height));
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = theme.accent;
    ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    const px = Math.min(width - 110, Math.max(4, view.toPixelX(x, width) + 8));
    const py = Math.max(16, view.toPixelY(f, height) - 10);
    ctx.fillText(`f'(x) = ${formatNumber(slope)}`, px, py);
    ctx.restore();
  }
}
