// Training settings, all live: learning rate (free number plus presets), optimizer and its
// parameters, schedule, regularization, and the stopping rules (epoch limit, target loss,
// gradient norm). Changes go to the running session through setters, without a reset.
import { LEARNING_RATE_PRESETS, OPTIMIZERS, OPTIMIZER_PARAMS, REGULARIZATIONS, SCHEDULES, SCHEDULE_PARAMS, UNLIMITED_EPOCHS } from '../state.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { numberField, selectField } from './fields.js';

const PARAM_LIMITS = {
  momentum: [0, 0.999], beta1: [0, 0.999], beta2: [0, 0.9999], epsilon: [1e-12, 1], rho: [0, 0.999],
  every: [1, 100000, 1], gamma: [0.01, 1], period: [1, 100000, 1], minLearningRate: [0, 100],
};

export function createTrainingControls(row, more, store) {
  const set = (key) => (value) => store.set({ [key]: value });
  const lr = numberField({ id: 'learning-rate', testid: 'learning-rate', labelKey: 'training.learningRate',
    min: 1e-7, max: 100, get: (s) => s.learningRate, set: set('learningRate'), errorKey: 'training.lrError' });
  const presets = el('datalist', { id: 'lr-presets' });
  for (const p of LEARNING_RATE_PRESETS) presets.append(el('option', { value: String(p) }));
  lr.input.setAttribute('list', 'lr-presets');
  const presetSelect = selectField({ id: 'lr-preset', testid: 'lr-preset', labelKey: 'training.presets',
    options: [['', 'training.presets'], ...LEARNING_RATE_PRESETS.map((p) => [String(p), String(p)])].map(([v, k]) => [v, k]),
    get: (s) => (LEARNING_RATE_PRESETS.includes(s.learningRate) ? String(s.learningRate) : ''),
    set: (v) => v && store.set({ learningRate: Number(v) }) });
  presetSelect.element.classList.add('preset');
  const optimizer = selectField({ id: 'optimizer', testid: 'optimizer', labelKey: 'training.optimizer',
    options: OPTIMIZERS.map((o) => [o, `opt.${o}`]), get: (s) => s.optimizer, set: set('optimizer') });
  const schedule = selectField({ id: 'schedule', testid: 'schedule', labelKey: 'training.schedule',
    options: SCHEDULES.map((o) => [o, `sched.${o}`]), get: (s) => s.schedule, set: set('schedule') });
  const reg = selectField({ id: 'regularization', testid: 'regularization', labelKey: 'training.regularization',
    options: REGULARIZATIONS.map((o) => [o, `reg.${o}`]), get: (s) => s.regularization, set: set('regularization') });
  const regRate = numberField({ id: 'regularization-rate', testid: 'regularization-rate',
    labelKey: 'training.regularizationRate', min: 0, max: 10, get: (s) => s.regularizationRate,
    set: set('regularizationRate') });
  row.append(lr.element, presets, presetSelect.element, optimizer.element, schedule.element, reg.element, regRate.element);

  const params = {};
  for (const [name, [min, max, step]] of Object.entries(PARAM_LIMITS)) {
    params[name] = numberField({ id: `param-${name}`, testid: `param-${name}`, labelKey: `param.${name}`,
      min, max, step: step || 'any', get: (s) => s[name], set: set(name) });
  }
  const epochs = numberField({ id: 'epoch-limit', testid: 'epoch-limit', labelKey: 'training.epochs', min: 0,
    max: UNLIMITED_EPOCHS, step: 1, get: (s) => s.epochs, set: set('epochs') });
  const target = numberField({ id: 'target-loss', testid: 'target-loss', labelKey: 'training.targetLoss', min: 0,
    max: 1e6, get: (s) => s.targetLoss, set: set('targetLoss') });
  const grad = numberField({ id: 'gradient-norm', testid: 'gradient-norm', labelKey: 'training.gradientNorm',
    min: 0, max: 1000, get: (s) => s.gradientNorm, set: set('gradientNorm') });
  const summary = el('summary', { text: t('training.more') });
  more.append(summary, ...Object.values(params).map((f) => f.element), epochs.element, target.element, grad.element);

  const fields = [lr, presetSelect, optimizer, schedule, reg, regRate, ...Object.values(params), epochs, target, grad];
  const render = (state) => {
    for (const f of fields) f.update(state);
    const used = new Set([...OPTIMIZER_PARAMS[state.optimizer], ...SCHEDULE_PARAMS[state.schedule]]);
    for (const [name, f] of Object.entries(params)) f.element.hidden = !used.has(name);
    regRate.element.hidden = state.regularization === 'none';
  };
  return {
    render,
    relabel(state) {
      for (const f of fields) f.relabel(state);
      summary.textContent = t('training.more');
      render(state);
    },
  };
}
