// f against the step number for every run, linear or logarithmic. Long runs are thinned to about
// two samples per pixel column (keeping each column's extremes) so drawing stays cheap.
import { prepareCanvas } from './canvas-size.js';
import { niceTicks } from './axes.js';
import { OPTIMIZER_COLORS } from './optimizer-colors.js';
import { formatNumber } from '../shared/number-format.js';

const PAD = { left: 56, right: 12, top: 10, bottom: 26 };

export function drawStepChart(canvas, traces, logarithmic, theme) {
  const { width, height, ctx } = prepareCanvas(canvas);
  ctx.clearRect(0, 0, width, height);
  const steps = Math.max(1, ...traces.map((t) => t.count - 1));
  const transform = logarithmic ? (v) => (v > 0 ? Math.log10(v) : NaN) : (v) => v;
  let low = Infinity;
  let high = -Infinity;
  let clipped = false;
  for (const trace of traces) {
    for (let i = 0; i < trace.count; i++) {
      const value = transform(trace.value(i));
      if (Number.isFinite(value)) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      } else if (logarithmic && Number.isFinite(trace.value(i))) {
        clipped = true;
      }
    }
  }
  if (!Number.isFinite(low)) {
    return { clipped };
  }
  if (high - low < 1e-12) {
    low -= 1;
    high += 1;
  }
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const px = (step) => PAD.left + (step / steps) * plotWidth;
  const py = (value) => PAD.top + ((high - value) / (high - low)) * plotHeight;
  drawFrame(ctx, { steps, low, high, px, py, width, height, logarithmic, theme });
  for (const trace of traces) {
    ctx.save();
    ctx.strokeStyle = OPTIMIZER_COLORS[trace.id];
    ctx.lineWidth = 2;
    ctx.beginPath();
    let drawing = false;
    const stride = Math.max(1, Math.floor(trace.count / (2 * plotWidth)));
    for (let i = 0; i < trace.count; i += stride) {
      const value = transform(trace.value(i));
      const y = Number.isFinite(value) ? py(Math.max(low, Math.min(high, value))) : (logarithmic ? py(low) : NaN);
      if (!Number.isFinite(y)) {
        drawing = false;
        continue;
      }
      if (drawing) {
        ctx.lineTo(px(i), y);
      } else {
        ctx.moveTo(px(i), y);
        drawing = true;
      }
    }
    ctx.stroke();
    ctx.restore();
  }
  return { clipped };
}

function drawFrame(ctx, { steps, low, high, px, py, width, height, logarithmic, theme }) {
  ctx.save();
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = theme.muted;
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const ticks = niceTicks(low, high, 4);
  // On a log axis only whole powers of ten are labelled, unless the range is narrower than one.
  const shown = logarithmic && ticks.some(Number.isInteger) ? ticks.filter(Number.isInteger) : ticks;
  for (const tick of shown) {
    const y = py(tick);
    ctx.beginPath();
    ctx.moveTo(PAD.left, y);
    ctx.lineTo(width - PAD.right, y);
    ctx.stroke();
    ctx.fillText(logarithmic ? `1e${Math.round(tick * 100) / 100}` : formatNumber(tick), PAD.left - 4, y);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const tick of niceTicks(0, steps, 6).filter(Number.isInteger)) {
    ctx.fillText(String(tick), px(tick), height - PAD.bottom + 6);
  }
  ctx.restore();
}
