// A small canvas line chart for epoch series: linear or log y axis, axes with a few ticks, and
// a hover read-out (crosshair + text) for the epoch under the pointer. It draws typed-array
// series directly, at most one path segment per sample; no allocation per draw.
import { formatShort } from '../format.js';

const PAD = { left: 46, right: 10, top: 8, bottom: 22 };

function niceLogTicks(lo, hi) {
  const ticks = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) ticks.push(10 ** e);
  return ticks;
}

export class LineChart {
  /** @param options {logAllowed, yFixed: [lo, hi] or null, readout(i) -> text} */
  constructor(canvas, options) {
    this.canvas = canvas;
    this.options = options;
    this.log = false;
    this.hoverX = -1;
    this.cssWidth = 0;
    this.cssHeight = 0;
    this.series = [];
    addEventListener('resize', () => {
      this.needsMeasure = true;
      this.dirty = true;
    });
    canvas.addEventListener('pointermove', (e) => {
      const rect = canvas.getBoundingClientRect();
      this.hoverX = e.clientX - rect.left;
      this.dirty = true;
    });
    canvas.addEventListener('pointerleave', () => {
      this.hoverX = -1;
      this.dirty = true;
    });
    canvas.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const w = this.cssWidth - PAD.left - PAD.right;
      const at = this.hoverX < 0 ? PAD.left + w : this.hoverX;
      this.hoverX = Math.max(PAD.left, Math.min(PAD.left + w, at + (e.key === 'ArrowLeft' ? -5 : 5)));
      this.dirty = true;
      e.preventDefault();
    });
    canvas.addEventListener('blur', () => {
      this.hoverX = -1;
      this.dirty = true;
    });
  }

  /** Reads the canvas's CSS size: only on creation and on window resize (it forces layout). */
  resize() {
    if (this.cssWidth && !this.needsMeasure) return;
    this.needsMeasure = false;
    const rect = this.canvas.getBoundingClientRect();
    const w = Math.max(200, Math.round(rect.width));
    const h = Math.max(80, Math.round(rect.height));
    if (w === this.cssWidth && h === this.cssHeight) return;
    this.cssWidth = w;
    this.cssHeight = h;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    this.canvas.width = w * ratio;
    this.canvas.height = h * ratio;
    this.ratio = ratio;
    this.dirty = true;
  }

  /**
   * series: [{x: Float64Array, y: Float64Array, lo?, hi?, length, color, dash?}]. x are epochs.
   * Returns the text of the hover read-out, or '' when the pointer is away.
   */
  draw(series, style) {
    this.resize();
    const ctx = this.canvas.getContext('2d');
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    const W = this.cssWidth;
    const H = this.cssHeight;
    ctx.clearRect(0, 0, W, H);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    let xMax = 1;
    let yLo = Infinity;
    let yHi = -Infinity;
    for (const s of series) {
      if (s.length === 0) continue;
      xMax = Math.max(xMax, s.x[s.length - 1]);
      for (let i = 0; i < s.length; i++) {
        const v = s.y[i];
        if (Number.isFinite(v) && (!this.log || v > 0)) {
          if (v < yLo) yLo = v;
          if (v > yHi) yHi = v;
        }
      }
    }
    if (this.options.yFixed) [yLo, yHi] = this.options.yFixed;
    if (!(yLo <= yHi)) {
      yLo = 0;
      yHi = 1;
    }
    const log = this.log && yLo > 0;
    if (log) {
      yLo = 10 ** Math.floor(Math.log10(yLo));
      yHi = 10 ** Math.ceil(Math.log10(yHi));
      if (yHi === yLo) yHi = yLo * 10;
    } else {
      if (!this.options.yFixed) yLo = Math.min(0, yLo);
      if (yHi === yLo) yHi = yLo + 1;
    }
    const ly0 = log ? Math.log10(yLo) : yLo;
    const ly1 = log ? Math.log10(yHi) : yHi;
    const sx = plotW / xMax;
    const mapY = (v) => {
      const u = log ? Math.log10(Math.max(v, yLo)) : v;
      const t = (u - ly0) / (ly1 - ly0);
      return PAD.top + plotH * (1 - Math.max(-0.05, Math.min(1.05, t)));
    };

    // axes and ticks
    ctx.strokeStyle = style.grid;
    ctx.fillStyle = style.text;
    ctx.lineWidth = 1;
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    const ticks = log ? niceLogTicks(yLo, yHi) : [yLo, (yLo + yHi) / 2, yHi];
    for (const tick of ticks) {
      const y = Math.round(mapY(tick)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(PAD.left, y);
      ctx.lineTo(W - PAD.right, y);
      ctx.stroke();
      ctx.fillText(formatShort(tick), PAD.left - 4, y);
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (let k = 0; k <= 4; k++) {
      const e = (xMax * k) / 4;
      ctx.fillText(String(Math.round(e)), PAD.left + e * sx, H - PAD.bottom + 5);
    }

    for (const s of series) {
      if (s.length === 0) continue;
      if (s.lo && s.hi) {
        ctx.fillStyle = s.band;
        ctx.beginPath();
        for (let i = 0; i < s.length; i++) {
          const x = PAD.left + s.x[i] * sx;
          if (i === 0) ctx.moveTo(x, mapY(s.hi[i]));
          else ctx.lineTo(x, mapY(s.hi[i]));
        }
        for (let i = s.length - 1; i >= 0; i--) ctx.lineTo(PAD.left + s.x[i] * sx, mapY(s.lo[i]));
        ctx.closePath();
        ctx.fill();
      }
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(s.dash || []);
      ctx.beginPath();
      let pen = false;
      for (let i = 0; i < s.length; i++) {
        const v = s.y[i];
        if (!Number.isFinite(v)) {
          pen = false;
          continue;
        }
        const x = PAD.left + s.x[i] * sx;
        if (pen) ctx.lineTo(x, mapY(v));
        else ctx.moveTo(x, mapY(v));
        pen = true;
      }
      ctx.stroke();
      ctx.setLineDash([]);
    }

    this.dirty = false;
    if (this.hoverX < PAD.left || this.hoverX > W - PAD.right || series.length === 0) return -1;
    const epoch = (this.hoverX - PAD.left) / sx;
    ctx.strokeStyle = style.text;
    ctx.beginPath();
    ctx.moveTo(this.hoverX + 0.5, PAD.top);
    ctx.lineTo(this.hoverX + 0.5, H - PAD.bottom);
    ctx.stroke();
    return epoch;
  }

  /** Writes a read-out text box at the top left of the plot. */
  label(text, style) {
    const ctx = this.canvas.getContext('2d');
    ctx.font = '12px system-ui, sans-serif';
    const w = ctx.measureText(text).width + 10;
    ctx.fillStyle = style.panel;
    ctx.fillRect(PAD.left + 4, PAD.top + 2, w, 18);
    ctx.fillStyle = style.text;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, PAD.left + 9, PAD.top + 11);
  }
}
