// The network drawn as an SVG: one column per layer, links coloured by the sign of their weight
// and as thick as its size. Each neuron carries a thumbnail of what it computes over the plotted
// plane, all cut from ONE grid evaluation and drawn on ONE canvas over the diagram (a canvas per
// neuron cost the browser one layer commit per neuron per frame). Hovering (or focusing) a link
// or a neuron shows its value, gradient and last update; clicking a link opens the weight
// editor; hovering a neuron shows its map large.
import { el, svg } from './dom.js';
import { DIVERGING, divergingIndex } from './colors.js';
import { formatShort } from './format.js';
import { t } from './i18n.js';

const W = 600;
const H = 360;
const THUMB = 25; // thumbnail resolution: every 4th cell of the 100 x 100 grid

function maxAbs(values, from, n) {
  let m = 1e-9;
  for (let i = from; i < from + n; i += 7) {
    const v = values[i] < 0 ? -values[i] : values[i];
    if (v > m) m = v;
  }
  return m;
}

export class NetworkDiagram {
  constructor({ svgElement, wrap, tooltip, zoom, onEditWeight }) {
    this.svg = svgElement;
    this.wrap = wrap;
    this.tooltip = tooltip;
    this.zoom = zoom;
    this.zoomCtx = zoom.getContext('2d');
    this.onEditWeight = onEditWeight;
    this.links = [];
    this.nodes = [];
    this.hover = null;
    this.zoomImage = null;
    // Thumbnails: painted into an off-screen atlas (one THUMB x THUMB tile per neuron, stacked),
    // then scaled onto the overlay canvas, which follows the wrap's size in device pixels.
    this.thumbCanvas = el('canvas', { className: 'thumbs', 'aria-hidden': 'true' });
    this.thumbCtx = this.thumbCanvas.getContext('2d');
    this.atlas = document.createElement('canvas');
    this.atlasCtx = this.atlas.getContext('2d');
    wrap.append(this.thumbCanvas);
    new ResizeObserver(([entry]) => {
      const ratio = window.devicePixelRatio || 1;
      this.thumbCanvas.width = Math.round(entry.contentRect.width * ratio);
      this.thumbCanvas.height = Math.round(entry.contentRect.height * ratio);
      this.drawThumbs();
    }).observe(wrap);
  }

  /**
   * Rebuilds the drawing for layer sizes [inputs, hidden..., outputs]. names: input names.
   * paramOffsets[l] = {w, b} index of layer l's weights and biases in the parameter buffer.
   */
  build(sizes, inputNames, activationNames) {
    this.sizes = sizes;
    for (const child of Array.from(this.svg.childNodes)) {
      if (child.nodeName !== 'title') child.remove();
    }
    this.links = [];
    this.nodes = [];
    this.thumbTiles = [];
    this.paramOffsets = [];
    let offset = 0;
    for (let l = 0; l + 1 < sizes.length; l++) {
      this.paramOffsets.push({ w: offset, b: offset + sizes[l] * sizes[l + 1] });
      offset += sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    const columns = sizes.length;
    const colX = (c) => 70 + (c * (W - 100)) / (columns - 1);
    const maxUnits = Math.max(...sizes);
    const node = Math.max(6, Math.min(30, (H - 20) / maxUnits - 6));
    this.nodeSize = node;
    const pos = sizes.map((n, c) => {
      const gap = Math.min(node + 10, (H - 20) / n);
      const top = H / 2 - ((n - 1) * gap) / 2;
      return Array.from({ length: n }, (_, j) => [colX(c), top + j * gap]);
    });
    this.pos = pos;
    const linkGroup = svg('g', { class: 'links' });
    const nodeGroup = svg('g', { class: 'nodes' });
    this.svg.append(linkGroup, nodeGroup);
    for (let l = 0; l + 1 < columns; l++) {
      for (let i = 0; i < sizes[l]; i++) {
        for (let j = 0; j < sizes[l + 1]; j++) {
          const [x0, y0] = pos[l][i];
          const [x1, y1] = pos[l + 1][j];
          const mx = (x0 + x1) / 2;
          const path = svg('path', {
            d: `M${x0 + node / 2},${y0} C${mx},${y0} ${mx},${y1} ${x1 - node / 2},${y1}`,
            class: 'link', tabindex: '0',
          });
          const link = { el: path, l, i, j, index: this.paramOffsets[l].w + i * sizes[l + 1] + j,
            width: -1, sign: 0 };
          path.setAttribute('aria-label', this.linkName(link));
          this.attachHover(path, link);
          path.addEventListener('click', () => this.onEditWeight(link, this.linkName(link)));
          path.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              this.onEditWeight(link, this.linkName(link));
            }
          });
          linkGroup.append(path);
          this.links.push(link);
        }
      }
    }
    let neuron = 0;
    for (let c = 0; c < columns; c++) {
      for (let j = 0; j < sizes[c]; j++) {
        const [x, y] = pos[c][j];
        const rect = svg('rect', { x: x - node / 2, y: y - node / 2, width: node, height: node,
          rx: 3, class: c === 0 ? 'node input' : 'node', tabindex: '0' });
        const info = { el: rect, c, j, slot: neuron };
        if (c > 0) info.index = this.paramOffsets[c - 1].b + j;
        const name = c === 0 ? t('network.input', { name: inputNames[j] ?? `x${j + 1}` })
          : c === columns - 1 ? t('network.outputNeuron', { j: j + 1 })
            : t('network.neuron', { l: c, j: j + 1 });
        info.name = name;
        rect.setAttribute('aria-label', name);
        this.attachHover(rect, info);
        nodeGroup.append(rect);
        if (c === 0 && node >= 14) {
          const label = svg('text', { x: x - node / 2 - 4, y: y + 4, class: 'node-label', 'text-anchor': 'end' });
          label.textContent = inputNames[j] ?? '';
          nodeGroup.append(label);
        }
        neuron++;
        this.nodes.push(info);
        if (node >= 14) {
          info.tile = this.thumbTiles.length;
          this.thumbTiles.push({ x: x - node / 2, y: y - node / 2, size: node });
        }
      }
    }
    for (let c = 1; c < columns && activationNames; c++) {
      const label = svg('text', { x: colX(c), y: 12, class: 'layer-label', 'text-anchor': 'middle' });
      label.textContent = activationNames[c - 1] ?? '';
      nodeGroup.append(label);
    }
    this.svg.setAttribute('aria-label', t('network.diagram', { layers: sizes.join(' \u2192 ') }));
    const tiles = Math.max(1, this.thumbTiles.length);
    this.atlas.width = THUMB;
    this.atlas.height = THUMB * tiles;
    this.atlasImage = new ImageData(THUMB, THUMB * tiles);
    this.atlasPixels = new Uint32Array(this.atlasImage.data.buffer);
    this.thumbsPainted = false;
    this.drawThumbs();
  }

  linkName(link) {
    const from = link.l === 0 ? t('network.input', { name: `${link.i + 1}` })
      : t('network.neuron', { l: link.l, j: link.i + 1 });
    const to = link.l + 2 === this.sizes.length ? t('network.outputNeuron', { j: link.j + 1 })
      : t('network.neuron', { l: link.l + 1, j: link.j + 1 });
    return t('network.weightLabel', { from, to });
  }

  attachHover(element, item) {
    const show = () => {
      this.hover = item;
      if (this.onHover) this.onHover();
    };
    const hide = () => {
      if (this.hover === item) this.hover = null;
      this.tooltip.hidden = true;
      this.zoom.hidden = true;
    };
    element.addEventListener('pointerenter', show);
    element.addEventListener('focus', show);
    element.addEventListener('pointerleave', hide);
    element.addEventListener('blur', hide);
  }

  /** Updates link widths and colours from the parameter buffer; touches only what changed. */
  updateWeights(params) {
    this.params = params;
    for (const link of this.links) {
      const w = params[link.index];
      const width = Math.min(8, Math.round(Math.abs(w) * 4) / 2 + 0.5);
      const sign = w >= 0 ? 1 : -1;
      if (width !== link.width) {
        link.el.setAttribute('stroke-width', width);
        link.width = width;
      }
      if (sign !== link.sign) {
        link.el.setAttribute('class', sign > 0 ? 'link positive' : 'link negative');
        link.sign = sign;
      }
    }
  }

  /**
   * Paints every neuron thumbnail from one grid buffer: res x res values per neuron, inputs
   * first, then the hidden neurons, then the outputs.
   */
  updateThumbnails(grid, res, outputRange) {
    const step = res / THUMB;
    const px = this.atlasPixels;
    const n = res * res;
    for (const info of this.nodes) {
      if (info.tile === undefined) continue;
      const tile = info.tile * THUMB * THUMB;
      const base = info.slot * n;
      const isOutput = info.c === this.sizes.length - 1;
      let lo = -1;
      let scale = 1;
      if (isOutput) {
        lo = outputRange[0];
        scale = 2 / (outputRange[1] - outputRange[0]);
      } else if (info.c === 0) {
        const amax = maxAbs(grid, base, n);
        lo = -amax;
        scale = 1 / amax;
      }
      for (let y = 0; y < THUMB; y++) {
        const row = base + ((y * step) | 0) * res;
        for (let x = 0; x < THUMB; x++) {
          const v = grid[row + ((x * step) | 0)];
          px[tile + y * THUMB + x] = DIVERGING[divergingIndex((v - lo) * scale - 1)];
        }
      }
    }
    this.atlasCtx.putImageData(this.atlasImage, 0, 0);
    this.thumbsPainted = true;
    this.drawThumbs();
    this.grid = grid;
    this.res = res;
    this.outputRange = outputRange;
    if (this.hover && this.hover.c !== undefined) this.drawZoom();
  }

  /** Scales every tile of the atlas onto the overlay canvas at its neuron. */
  drawThumbs() {
    const ctx = this.thumbCtx;
    const canvas = this.thumbCanvas;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!this.thumbsPainted) return;
    const sx = canvas.width / W;
    const sy = canvas.height / H;
    ctx.imageSmoothingEnabled = false;
    this.thumbTiles.forEach((tile, i) => {
      ctx.drawImage(this.atlas, 0, i * THUMB, THUMB, THUMB, Math.round(tile.x * sx),
        Math.round(tile.y * sy), Math.round(tile.size * sx), Math.round(tile.size * sy));
    });
  }

  drawZoom() {
    const info = this.hover;
    const res = this.res;
    const source = this.grid;
    if (!source || !res) return;
    if (!this.zoomImage || this.zoomImage.width !== res) {
      this.zoomImage = new ImageData(res, res);
      this.zoomPixels = new Uint32Array(this.zoomImage.data.buffer);
      this.zoom.width = res;
      this.zoom.height = res;
    }
    const n = res * res;
    const base = info.slot * n;
    const isOutput = info.c === this.sizes.length - 1;
    const amax = info.c === 0 ? maxAbs(grid, base, n) : 1;
    const [lo, hi] = isOutput ? this.outputRange : [-amax, amax];
    const scale = 2 / (hi - lo);
    for (let i = 0; i < n; i++) this.zoomPixels[i] = DIVERGING[divergingIndex((source[base + i] - lo) * scale - 1)];
    this.zoomCtx.putImageData(this.zoomImage, 0, 0);
    this.zoom.hidden = false;
    const [x, y] = this.pos[info.c][info.j];
    const style = this.zoom.style;
    const left = x / W < 0.5 ? (x + this.nodeSize) / W : (x - this.nodeSize) / W - 0.3;
    style.left = `${Math.max(0, left) * 100}%`;
    style.top = `${Math.max(0, Math.min(0.6, y / H - 0.15)) * 100}%`;
  }

  /** Tooltip text for the hovered item from the latest buffers. */
  showTooltip(buffers = this.buffers) {
    const item = this.hover;
    if (!item || !buffers) return;
    this.buffers = buffers;
    const { params, grads, updates } = buffers;
    let text;
    if (item.index === undefined) {
      text = item.name;
    } else if (item.el.classList.contains('link')) {
      text = `${this.linkName(item)}\n${t('network.tipWeight', {
        value: formatShort(params[item.index]), grad: formatShort(grads[item.index]),
        update: formatShort(updates[item.index]) })}`;
    } else {
      text = t('network.tipNeuron', { name: item.name, value: formatShort(params[item.index]),
        grad: formatShort(grads[item.index]), update: formatShort(updates[item.index]) });
    }
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    if (item.c !== undefined) this.drawZoom();
  }
}
