// The loss chart (linear or log axis), the accuracy chart and, for multi-class data, the
// confusion matrix of the test set. Both charts read the decimated History.
import { el, clear } from '../dom.js';
import { formatLoss, formatPercent } from '../format.js';
import { t } from '../i18n.js';
import { chartStyle } from '../theme.js';
import { LineChart } from './line-chart.js';

export class ChartsPanel {
  constructor({ lossCanvas, accuracyCanvas, logToggle, confusionBox, history }) {
    this.history = history;
    this.loss = new LineChart(lossCanvas, {});
    this.accuracy = new LineChart(accuracyCanvas, { yFixed: [0, 1] });
    this.confusionBox = confusionBox;
    this.drawnVersion = -1;
    this.showAccuracy = true;
    logToggle.addEventListener('change', () => {
      this.loss.log = logToggle.checked;
      this.loss.dirty = true;
    });
    this.lossSeries = [
      { x: history.epoch, y: history.train, lo: history.trainMin, hi: history.trainMax, length: 0 },
      { x: history.epoch, y: history.test, length: 0, dash: [5, 3] },
    ];
    this.accSeries = [
      { x: history.epoch, y: history.trainAcc, length: 0 },
      { x: history.epoch, y: history.testAcc, length: 0, dash: [5, 3] },
    ];
  }

  /** Redraws when the history or the hover changed; cheap no-op otherwise. */
  draw(force) {
    const h = this.history;
    if (!force && this.drawnVersion === h.version && !this.loss.dirty && !this.accuracy.dirty) {
      return;
    }
    const style = chartStyle();
    for (const s of this.lossSeries.concat(this.accSeries)) s.length = h.length;
    this.lossSeries[0].color = style.train;
    this.lossSeries[0].band = style.band;
    this.lossSeries[1].color = style.test;
    this.accSeries[0].color = style.train;
    this.accSeries[1].color = style.test;
    const epoch = this.loss.draw(this.lossSeries, style);
    if (epoch >= 0 && h.length > 0) {
      const i = h.nearest(epoch);
      this.loss.label(t('charts.readout', {
        epoch: h.epoch[i], train: formatLoss(h.train[i]), test: formatLoss(h.test[i]),
      }), style);
    }
    if (this.showAccuracy) {
      const e2 = this.accuracy.draw(this.accSeries, style);
      if (e2 >= 0 && h.length > 0) {
        const i = h.nearest(e2);
        this.accuracy.label(t('charts.readout', {
          epoch: h.epoch[i], train: formatPercent(h.trainAcc[i]), test: formatPercent(h.testAcc[i]),
        }), style);
      }
    }
    this.drawnVersion = h.version;
  }

  /** matrix: k x k counts, row = true class, column = predicted. */
  showConfusion(matrix, k) {
    const box = this.confusionBox;
    if (!matrix || k < 3) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    clear(box);
    let max = 1;
    for (let i = 0; i < k * k; i++) max = Math.max(max, matrix[i]);
    const table = el('table', {}, el('caption', { text: t('charts.confusion') }));
    const head = el('tr', {}, el('th', { scope: 'col', text: '' }));
    for (let j = 0; j < k; j++) head.append(el('th', { scope: 'col', text: String(j) }));
    table.append(el('thead', {}, head));
    const body = el('tbody');
    for (let i = 0; i < k; i++) {
      const row = el('tr', {}, el('th', { scope: 'row', text: String(i) }));
      for (let j = 0; j < k; j++) {
        const count = matrix[i * k + j];
        const level = count === 0 ? 0 : Math.min(4, 1 + Math.floor((count / max) * 4));
        row.append(el('td', { className: `${i === j ? 'diag' : 'off'} level-${level}`, text: String(count) }));
      }
      body.append(row);
    }
    table.append(body);
    box.append(table);
  }
}
