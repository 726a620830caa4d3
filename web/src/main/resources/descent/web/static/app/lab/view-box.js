// The rectangle of the plane (or of the x axis) that the plot shows, and the mapping between
// its coordinates and canvas pixels. y grows upwards in the world and downwards on the canvas.

const MIN_SPAN = 2;
const PADDING = 1.4; // the view is this much larger than the points it must contain
const FIT_LIMIT = 1e6; // points beyond this (a diverging run) are left out of "fit"

export class ViewBox {
  constructor(xmin, xmax, ymin, ymax) {
    Object.assign(this, { xmin, xmax, ymin, ymax });
  }

  /** A square box around the given points (arrays of [x] or [x, y]), padded. */
  static around(points) {
    const usable = points.filter((p) => p.every((c) => Number.isFinite(c) && Math.abs(c) < FIT_LIMIT));
    const xs = usable.map((p) => p[0]);
    const ys = usable.map((p) => p[1] ?? 0);
    if (usable.length === 0) {
      return new ViewBox(-MIN_SPAN, MIN_SPAN, -MIN_SPAN, MIN_SPAN);
    }
    const xmin = Math.min(...xs);
    const xmax = Math.max(...xs);
    const ymin = Math.min(...ys);
    const ymax = Math.max(...ys);
    const span = Math.max(xmax - xmin, ymax - ymin, MIN_SPAN) * PADDING;
    const cx = (xmin + xmax) / 2;
    const cy = (ymin + ymax) / 2;
    return new ViewBox(cx - span / 2, cx + span / 2, cy - span / 2, cy + span / 2);
  }

  /** The same centre, every side scaled by factor (2 zooms out, 0.5 zooms in). */
  scaled(factor) {
    const cx = (this.xmin + this.xmax) / 2;
    const cy = (this.ymin + this.ymax) / 2;
    const hx = ((this.xmax - this.xmin) / 2) * factor;
    const hy = ((this.ymax - this.ymin) / 2) * factor;
    return new ViewBox(cx - hx, cx + hx, cy - hy, cy + hy);
  }

  toPixelX(x, width) {
    return ((x - this.xmin) / (this.xmax - this.xmin)) * width;
  }

  toPixelY(y, height) {
    return ((this.ymax - y) / (this.ymax - this.ymin)) * height;
  }

  fromPixelX(px, width) {
    return this.xmin + (px / width) * (this.xmax - this.xmin);
  }

  fromPixelY(py, height) {
    return this.ymax - (py / height) * (this.ymax - this.ymin);
  }

  equals(other) {
    return other && this.xmin === other.xmin && this.xmax === other.xmax
      && this.ymin === other.ymin && this.ymax === other.ymax;
  }
}
