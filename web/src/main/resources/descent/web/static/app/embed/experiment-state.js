// An experiment document (docs/experiment-format.md) as page state: the inverse of
// experiment.js's experimentFromState. The embed view uses it for /embed/{id} and for the host's
// "load" message. What the page state cannot hold (initial weights, inline rows, an init other
// than glorot, layers wider than the page allows, ...) is reported in warnings, not silently
// mixed with defaults.
import { STATE_KEYS, UNLIMITED_EPOCHS, defaults, formatValue, normalize, parseValue } from '../state.js';

/** Sets key from value when the page allows it (same limits as a URL); else warns. */
function put(state, warnings, key, value, path) {
  if (value === undefined) return;
  const parsed = parseValue(key, formatValue(key, value));
  if (parsed === undefined) {
    warnings.push(`${path}: ${JSON.stringify(value)} is outside what the page shows; kept ${formatValue(key, state[key])}`);
    return;
  }
  state[key] = parsed;
}

/**
 * {state, csvText, warnings} for a network document; throws an Error with a readable message
 * for anything that is not a network experiment.
 */
export function stateFromExperiment(doc) {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('an experiment must be a JSON object');
  if (doc.schemaVersion !== 1) throw new Error(`schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported (1 is)`);
  if (doc.kind !== 'network') throw new Error(`experiments of kind ${JSON.stringify(doc.kind)} cannot be shown in the playground`);
  const state = defaults();
  const warnings = [];
  const data = doc.data || {};
  const network = doc.network || {};
  const training = doc.training || {};
  let csvText = '';

  if (data.source === 'inline') {
    warnings.push('data.source: inline rows are not shown in the playground; using spiral');
  } else {
    put(state, warnings, 'source', data.source, 'data.source');
  }
  put(state, warnings, 'points', data.points, 'data.points');
  put(state, warnings, 'noise', data.noise, 'data.noise');
  put(state, warnings, 'trainFraction', data.trainFraction, 'data.trainFraction');
  if (data.source === 'csv') {
    csvText = String(data.csv || '');
    put(state, warnings, 'labelColumn', data.labelColumn, 'data.labelColumn');
  }
  if (data.standardize) warnings.push('data.standardize: not available in the playground; ignored');
  put(state, warnings, 'features', doc.features, 'features');
  if (typeof doc.seed === 'number' && doc.seed > STATE_KEYS.seed[1].max) {
    state.seed = doc.seed % STATE_KEYS.seed[1].max;
    warnings.push(`seed: ${doc.seed} is larger than the page's seeds; using ${state.seed}`);
  } else {
    put(state, warnings, 'seed', doc.seed, 'seed');
  }

  const hidden = Array.isArray(network.hidden) ? network.hidden : [];
  put(state, warnings, 'hidden', hidden.map((l) => l && l.units), 'network.hidden');
  put(state, warnings, 'activations', hidden.map((l) => l && l.activation), 'network.hidden[].activation');
  put(state, warnings, 'output', network.output, 'network.output');
  put(state, warnings, 'loss', network.loss, 'network.loss');
  if (network.init && network.init !== 'glorot') warnings.push(`network.init: ${network.init} is not available in the playground; using glorot`);
  if (network.weights) warnings.push('network.weights: the playground starts from its own initial weights');

  put(state, warnings, 'optimizer', training.optimizer, 'training.optimizer');
  put(state, warnings, 'learningRate', training.learningRate, 'training.learningRate');
  for (const name of ['momentum', 'beta1', 'beta2', 'epsilon', 'rho']) {
    put(state, warnings, name, training[name], `training.${name}`);
  }
  put(state, warnings, 'batchSize', training.batchSize, 'training.batchSize');
  if (typeof training.epochs === 'number') {
    put(state, warnings, 'epochs', training.epochs >= UNLIMITED_EPOCHS ? 0 : training.epochs, 'training.epochs');
  }
  put(state, warnings, 'regularization', training.regularization, 'training.regularization');
  put(state, warnings, 'regularizationRate', training.regularizationRate, 'training.regularizationRate');
  if (training.clipNorm) warnings.push('training.clipNorm: not available in the playground; ignored');
  const schedule = training.schedule;
  if (schedule && typeof schedule === 'object') {
    put(state, warnings, 'schedule', schedule.type, 'training.schedule.type');
    for (const name of ['every', 'gamma', 'period', 'minLearningRate']) {
      put(state, warnings, name, schedule[name], `training.schedule.${name}`);
    }
  }
  const stop = training.stop || {};
  put(state, warnings, 'targetLoss', stop.targetLoss, 'training.stop.targetLoss');
  put(state, warnings, 'gradientNorm', stop.gradientNorm, 'training.stop.gradientNorm');
  return { state: normalize(state), csvText, warnings };
}

/** The settings a host may change with {action: "set"}: state keys with their URL limits. */
export const SETTABLE_KEYS = ['learningRate', 'optimizer', 'batchSize', 'momentum', 'beta1', 'beta2',
  'epsilon', 'rho', 'schedule', 'every', 'gamma', 'period', 'minLearningRate', 'regularization',
  'regularizationRate', 'epochs', 'targetLoss', 'gradientNorm', 'seed', 'source', 'points', 'noise',
  'trainFraction', 'features', 'hidden', 'activations', 'output', 'loss', 'showTest', 'discretize'];

/**
 * Checks a host's settings object: {patch} with every value valid, or {errors} naming each bad
 * key. Nothing is applied when any key is bad, so a typo never half-changes a run.
 */
export function settingsPatch(settings) {
  const patch = {};
  const errors = [];
  for (const [key, value] of Object.entries(settings)) {
    if (!SETTABLE_KEYS.includes(key) || !(key in STATE_KEYS)) {
      errors.push(`${key}: unknown setting (allowed: ${SETTABLE_KEYS.join(', ')})`);
      continue;
    }
    const type = STATE_KEYS[key][1].type;
    const ok = type === 'list' ? Array.isArray(value)
      : type === 'bool' ? typeof value === 'boolean'
        : type === 'enum' ? typeof value === 'string' : typeof value === 'number';
    const parsed = ok ? parseValue(key, formatValue(key, value)) : undefined;
    if (parsed === undefined) errors.push(`${key}: ${JSON.stringify(value)} is not allowed`);
    else patch[key] = parsed;
  }
  return errors.length ? { errors } : { patch };
}

/** The settings reported in "state" messages. */
export function reportedSettings(state) {
  const out = {};
  for (const key of SETTABLE_KEYS) {
    const v = state[key];
    out[key] = Array.isArray(v) ? v.slice() : v;
  }
  return out;
}
