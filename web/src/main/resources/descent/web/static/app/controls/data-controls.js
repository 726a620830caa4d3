// Data: the data set, its size, noise and split, the batch size, which two dimensions the plot
// shows for real multi-feature sets, and the class that a click adds.
import { DATA_SOURCES, GENERATED, REAL_SETS } from '../state.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { checkboxField, numberField, selectField } from './fields.js';

export function createDataControls(container, store, actions) {
  const set = (key) => (value) => store.set({ [key]: value });
  const source = selectField({ id: 'dataset', testid: 'dataset', labelKey: 'data.source',
    options: DATA_SOURCES.map((s) => [s, `source.${s}`]), get: (s) => s.source,
    set: (value) => store.set({ source: value, plotX: 0, plotY: 1,
      ...(value === 'digits' ? { output: 'softmax', loss: 'cross-entropy' } : {}),
      ...(['iris', 'wine', 'multi-gauss'].includes(value) ? { output: 'softmax', loss: 'cross-entropy' } : {}) }) });
  const points = numberField({ id: 'points', testid: 'points', labelKey: 'data.points', min: 10, max: 2000, step: 1,
    get: (s) => s.points, set: set('points') });
  const noise = numberField({ id: 'noise', testid: 'noise', labelKey: 'data.noise', min: 0, max: 0.5, step: 0.05,
    get: (s) => s.noise, set: set('noise') });
  const train = numberField({ id: 'train-fraction', testid: 'train-fraction', labelKey: 'data.trainFraction',
    min: 0.1, max: 0.9, step: 0.1, get: (s) => s.trainFraction, set: set('trainFraction') });
  const batch = numberField({ id: 'batch-size', testid: 'batch-size', labelKey: 'data.batchSize', min: 0,
    max: 2000, step: 1, hintKey: 'data.batchFull', get: (s) => s.batchSize, set: set('batchSize') });
  const dims = (s) => actions.inputNames().map((name, i) => [String(i), name]);
  const plotX = selectField({ id: 'plot-x', testid: 'plot-x', labelKey: 'data.plotX', options: dims,
    get: (s) => s.plotX, set: (v) => store.set({ plotX: Number(v) }) });
  const plotY = selectField({ id: 'plot-y', testid: 'plot-y', labelKey: 'data.plotY', options: dims,
    get: (s) => s.plotY, set: (v) => store.set({ plotY: Number(v) }) });
  const label = numberField({ id: 'label-column', testid: 'label-column', labelKey: 'data.labelColumn',
    min: -1, max: 99, step: 1, get: (s) => s.labelColumn, set: set('labelColumn') });
  const regenerate = el('button', { type: 'button', id: 'regenerate', dataset: { testid: 'regenerate' } });
  regenerate.addEventListener('click', () => actions.regenerate());
  const fields = [source, points, noise, train, batch, plotX, plotY, label];
  container.append(...fields.map((f) => f.element), regenerate);
  for (const f of [points, noise]) f.element.classList.add('generated-only');

  const render = (state) => {
    for (const f of fields) f.update(state);
    const generated = GENERATED.has(state.source);
    points.element.hidden = !generated;
    noise.element.hidden = !generated;
    train.element.hidden = state.source === 'xor-table';
    const multi = REAL_SETS.has(state.source) && state.source !== 'digits' || state.source === 'csv';
    plotX.element.hidden = !multi;
    plotY.element.hidden = !multi;
    label.element.hidden = state.source !== 'csv';
    regenerate.textContent = t('data.regenerate');
  };
  return {
    render,
    relabel(state) {
      for (const f of fields) f.relabel(state);
      render(state);
    },
  };
}
