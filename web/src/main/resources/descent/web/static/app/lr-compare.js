// Learning-rate comparison: the current experiment trained from the same seed (so the same
// initial weights and batches) with several rates, loss recorded every epoch, curves overlaid.
// It runs a slice per animation frame, so the page never freezes. A rate that is too small
// plateaus, a good one descends, a too large one oscillates or diverges.
import { el, clear } from './dom.js';
import { formatLoss } from './format.js';
import { t } from './i18n.js';
import { chartStyle } from './theme.js';
import { LineChart } from './charts/line-chart.js';
import { CLASS_CSS } from './colors.js';

const SLICE_MS = 6;

export class LearningRateComparison {
  constructor({ canvas, legend, ratesInput, epochsInput, button }, createSession) {
    this.chart = new LineChart(canvas, {});
    this.chart.log = true;
    this.legend = legend;
    this.ratesInput = ratesInput;
    this.epochsInput = epochsInput;
    this.createSession = createSession;
    this.runs = [];
    this.button = button;
    button.addEventListener('click', () => this.start());
  }

  parseRates() {
    return this.ratesInput.value.split(/[\s,;]+/).map(Number)
      .filter((v) => Number.isFinite(v) && v > 0 && v <= 100).slice(0, 6);
  }

  start() {
    const rates = this.parseRates();
    const epochs = Math.max(10, Math.min(5000, Number(this.epochsInput.value) || 300));
    this.runs = [];
    for (const rate of rates) {
      const session = this.createSession(rate);
      if (!session) continue;
      const x = new Float64Array(epochs + 1);
      const y = new Float64Array(epochs + 1);
      const m = session.readMetrics();
      x[0] = 0;
      y[0] = m.trainLoss;
      this.runs.push({ rate, session, x, y, length: 1, epochs, status: m.status,
        color: CLASS_CSS[this.runs.length % CLASS_CSS.length] });
    }
    this.button.disabled = true;
    document.documentElement.dataset.compare = 'running';
    const step = () => {
      const start = performance.now();
      let busy = false;
      while (performance.now() - start < SLICE_MS) {
        busy = false;
        for (const run of this.runs) {
          if (run.length > run.epochs || run.status === 'diverged') continue;
          busy = true;
          run.session.train(1);
          const m = run.session.readMetrics();
          run.x[run.length] = m.epoch;
          run.y[run.length] = m.trainLoss;
          run.length++;
          run.status = m.status;
          if (m.status !== 'running') run.epochs = run.length - 1;
        }
        if (!busy) break;
      }
      this.draw();
      if (busy) {
        requestAnimationFrame(step);
      } else {
        this.button.disabled = false;
        document.documentElement.dataset.compare = 'done';
      }
    };
    requestAnimationFrame(step);
  }

  draw() {
    const style = chartStyle();
    const hover = this.chart.draw(this.runs, style);
    clear(this.legend);
    for (const run of this.runs) {
      const last = run.y[run.length - 1];
      const text = `${run.rate}: ${run.status === 'diverged' ? t('compare.diverged') : formatLoss(last)}`;
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = run.color;
      this.legend.append(el('li', { dataset: { rate: String(run.rate), status: run.status } }, swatch, text));
    }
    if (hover >= 0 && this.runs.length) {
      const e = Math.round(hover);
      this.chart.label(`epoch ${e}: ${this.runs.map((r) => formatLoss(r.y[Math.min(e, r.length - 1)])).join(' / ')}`, style);
    }
  }
}
