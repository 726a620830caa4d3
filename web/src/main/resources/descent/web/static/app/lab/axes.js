// Axis ticks at "nice" round numbers (1, 2 or 5 times a power of ten) and their labels.
import { formatNumber } from '../shared/number-format.js';

/** Round tick values from min to max, about `count` of them. */
export function niceTicks(min, max, count = 5) {
  if (!(max > min) || !Number.isFinite(max - min)) {
    return [];
  }
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) {
    ticks.push(Math.abs(value) < step * 1e-9 ? 0 : value);
  }
  return ticks;
}

/** Draws the x and y axis ticks of a plot along its bottom and left edges. */
export function drawAxes(ctx, box, width, height, theme) {
  ctx.save();
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = theme.muted;
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (const x of niceTicks(box.xmin, box.xmax)) {
    const px = box.toPixelX(x, width);
    ctx.beginPath();
    ctx.moveTo(px, height);
    ctx.lineTo(px, height - 5);
    ctx.stroke();
    ctx.fillText(formatNumber(x), px, height - 6);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const y of niceTicks(box.ymin, box.ymax)) {
    const py = box.toPixelY(y, height);
    ctx.beginPath();
    ctx.moveTo(0, py);
    ctx.lineTo(5, py);
    ctx.stroke();
    ctx.fillText(formatNumber(y), 7, py);
  }
  ctx.restore();
}
