// A representative per-frame visual update, on the heavy side of what the playground draws: the
// output heatmap from the 100 x 100 grid through one reused ImageData scaled up by drawImage, one
// thumbnail per hidden neuron at the grid's full 100 x 100 (the playground samples 25 x 25 tiles
// onto one canvas), and the loss chart redrawn as two polylines.

const RES = 100;

/** 256 colours from orange (-1) through white (0) to blue (+1), as 0xAABBGGRR for Uint32Array. */
function divergingPalette() {
  const lut = new Uint32Array(256);
  const neg = [245, 147, 34];
  const mid = [232, 234, 235];
  const pos = [8, 119, 189];
  for (let i = 0; i < 256; i++) {
    const t = i / 255 * 2 - 1;
    const from = mid;
    const to = t < 0 ? neg : pos;
    const u = Math.abs(t);
    const r = Math.round(from[0] + (to[0] - from[0]) * u);
    const g = Math.round(from[1] + (to[1] - from[1]) * u);
    const b = Math.round(from[2] + (to[2] - from[2]) * u);
    lut[i] = (255 << 24 | b << 16 | g << 8 | r) >>> 0;
  }
  return lut;
}

const PALETTE = divergingPalette();

class Raster {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.cell = document.createElement('canvas');
    this.cell.width = RES;
    this.cell.height = RES;
    this.cellCtx = this.cell.getContext('2d');
    this.image = this.cellCtx.createImageData(RES, RES);
    this.pixels = new Uint32Array(this.image.data.buffer);
  }

  /** Values in [-1, 1] from grid[offset .. offset + RES * RES) to colours, then onto the canvas. */
  paint(grid, offset) {
    const px = this.pixels;
    const n = RES * RES;
    for (let i = 0; i < n; i++) {
      let index = ((grid[offset + i] + 1) * 127.5) | 0;
      if (index < 0) index = 0; else if (index > 255) index = 255;
      px[i] = PALETTE[index];
    }
    this.cellCtx.putImageData(this.image, 0, 0);
    this.ctx.drawImage(this.cell, 0, 0, this.canvas.width, this.canvas.height);
  }
}

export class FrameDrawer {
  /** layerSizes: units per layer, output last; thumbnails get one canvas per hidden unit. */
  constructor(heatmapCanvas, thumbnailBox, chartCanvas, layerSizes) {
    this.heatmap = new Raster(heatmapCanvas);
    thumbnailBox.replaceChildren();
    this.thumbnails = [];
    let hiddenUnits = 0;
    for (let l = 0; l < layerSizes.length - 1; l++) hiddenUnits += layerSizes[l];
    for (let u = 0; u < hiddenUnits; u++) {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      thumbnailBox.append(canvas);
      this.thumbnails.push(new Raster(canvas));
    }
    this.outputOffset = hiddenUnits * RES * RES;
    this.chart = chartCanvas;
    this.chartCtx = chartCanvas.getContext('2d');
  }

  /** grid: every unit's 10,000 values, output last; chart: train then test losses. */
  draw(grid, chart) {
    this.heatmap.paint(grid, this.outputOffset);
    for (let u = 0; u < this.thumbnails.length; u++) {
      this.thumbnails[u].paint(grid, u * RES * RES);
    }
    this.drawChart(chart);
  }

  drawChart(series) {
    const ctx = this.chartCtx;
    const { width, height } = this.chart;
    const n = series.length / 2;
    let max = 0;
    for (let i = 0; i < series.length; i++) if (series[i] > max) max = series[i];
    ctx.clearRect(0, 0, width, height);
    const scale = max > 0 ? (height - 4) / max : 0;
    const colours = ['#333', '#08c'];
    for (let s = 0; s < 2; s++) {
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        const x = n === 1 ? 0 : (i / (n - 1)) * (width - 1);
        const y = height - 2 - series[s * n + i] * scale;
        if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      }
      ctx.strokeStyle = colours[s];
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }
}
