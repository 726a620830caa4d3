// Draws the optimizers' iterates on a plot: a haloed polyline per run, dots at each iterate while
// they are few enough to tell apart, a ring at the start and a filled marker at the current point.
import { OPTIMIZER_COLORS } from './optimizer-colors.js';

const MAX_DOTS = 400;
const MAX_VERTICES = 20000; // longer runs are thinned evenly; the last point is always drawn
const FAR = 1e5; // clamp pixel coordinates of runaway points so the canvas can still draw them

const clampPixel = (value) => Math.max(-FAR, Math.min(FAR, value));

/** toPixel(trace, index) -> [px, py] or null when the point is not drawable. */
export function drawPaths(ctx, traces, toPixel, theme) {
  for (const trace of traces) {
    const color = OPTIMIZER_COLORS[trace.id];
    const stride = Math.max(1, Math.ceil(trace.count / MAX_VERTICES));
    const vertices = [];
    for (let i = 0; i < trace.count; i += stride) {
      vertices.push(toPixel(trace, i));
    }
    if ((trace.count - 1) % stride !== 0) {
      vertices.push(toPixel(trace, trace.count - 1));
    }
    const drawable = vertices.filter(Boolean).map(([x, y]) => [clampPixel(x), clampPixel(y)]);
    strokePolyline(ctx, drawable, theme.labHalo, 4.5);
    strokePolyline(ctx, drawable, color, 2);
    if (trace.count <= MAX_DOTS) {
      ctx.fillStyle = color;
      for (const [x, y] of drawable) {
        ctx.beginPath();
        ctx.arc(x, y, 2.2, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    marker(ctx, drawable[0], color, theme, false);
    marker(ctx, drawable[drawable.length - 1], color, theme, true);
  }
}

function strokePolyline(ctx, points, color, width) {
  if (points.length < 2) {
    return;
  }
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(points[0][0], points[0][1]);
  for (let i = 1; i < points.length; i++) {
    ctx.lineTo(points[i][0], points[i][1]);
  }
  ctx.stroke();
  ctx.restore();
}

function marker(ctx, point, color, theme, filled) {
  if (!point) {
    return;
  }
  ctx.save();
  ctx.beginPath();
  ctx.arc(point[0], point[1], filled ? 5.5 : 5, 0, 2 * Math.PI);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = filled ? theme.labHalo : color;
  ctx.fillStyle = filled ? color : theme.labHalo;
  ctx.fill();
  ctx.stroke();
  ctx.restore();
}

/** A small cross at each known minimum. */
export function drawMinima(ctx, pixels, theme) {
  ctx.save();
  ctx.strokeStyle = theme.fg;
  ctx.lineWidth = 2;
  for (const [x, y] of pixels) {
    ctx.beginPath();
    ctx.moveTo(x - 5, y - 5);
    ctx.lineTo(x + 5, y + 5);
    ctx.moveTo(x + 5, y - 5);
    ctx.lineTo(x - 5, y + 5);
    ctx.stroke();
  }
  ctx.restore();
}
