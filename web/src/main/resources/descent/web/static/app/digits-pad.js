// A drawing pad for the digits data set: the drawing is downsampled to 8 x 8 cells with values
// 0-16 (the UCI digits' scale) and the network's class probabilities are shown live.
import { clear, el } from './dom.js';
import { formatPercent } from './format.js';

export class DigitsPad {
  constructor(canvas, list, clearButton, predict) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.list = list;
    this.predict = predict;
    this.inputs = new Float64Array(64);
    this.drawing = false;
    this.reset();
    const point = (e) => {
      const r = canvas.getBoundingClientRect();
      return [((e.clientX - r.left) / r.width) * canvas.width, ((e.clientY - r.top) / r.height) * canvas.height];
    };
    canvas.addEventListener('pointerdown', (e) => {
      this.drawing = true;
      canvas.setPointerCapture(e.pointerId);
      this.last = point(e);
      this.stroke(this.last);
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!this.drawing) return;
      this.stroke(point(e));
    });
    const end = () => {
      this.drawing = false;
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    clearButton.addEventListener('click', () => this.reset());
  }

  reset() {
    this.ctx.fillStyle = '#000';
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    this.inputs.fill(0);
    this.update();
  }

  stroke(to) {
    const ctx = this.ctx;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = this.canvas.width / 9;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(this.last[0], this.last[1]);
    ctx.lineTo(to[0], to[1]);
    ctx.stroke();
    this.last = to;
    this.downsample();
    this.update();
  }

  downsample() {
    const { width, height } = this.canvas;
    const data = this.ctx.getImageData(0, 0, width, height).data;
    const cw = width / 8;
    const ch = height / 8;
    for (let cy = 0; cy < 8; cy++) {
      for (let cx = 0; cx < 8; cx++) {
        let sum = 0;
        let count = 0;
        for (let y = Math.floor(cy * ch); y < Math.floor((cy + 1) * ch); y += 2) {
          for (let x = Math.floor(cx * cw); x < Math.floor((cx + 1) * cw); x += 2) {
            sum += data[(y * width + x) * 4];
            count++;
          }
        }
        this.inputs[cy * 8 + cx] = Math.round((sum / count / 255) * 16);
      }
    }
  }

  update() {
    const probabilities = this.predict(this.inputs);
    clear(this.list);
    if (!probabilities) return;
    let best = 0;
    for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[best]) best = k;
    for (let k = 0; k < probabilities.length; k++) {
      const bar = el('span', { className: 'bar' });
      bar.style.width = `${Math.round(probabilities[k] * 100)}%`;
      this.list.append(el('li', { className: k === best ? 'best' : '', dataset: { digit: String(k) } },
        el('span', { className: 'digit', text: String(k) }), bar,
        el('span', { className: 'pct', text: formatPercent(probabilities[k]) })));
    }
  }
}
