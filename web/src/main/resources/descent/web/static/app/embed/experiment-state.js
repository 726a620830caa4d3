// An experiment document (docs/experiment-format.md) as page state, for /embed/{id} and for the
// host's "load" message. The mapping itself is the playground's (document-state.js); here a
// document from a host, which no server has validated, is checked first, every value is held to
// the page's limits, and what the page cannot show is reported in warnings rather than silently
// mixed with defaults.
import { STATE_KEYS, defaults, formatValue, normalize, parseValue } from '../state.js';
import { stateFromExperiment as documentState } from '../document-state.js';

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * {state, csvText, warnings} for a network document; throws an Error with a readable message
 * for anything that is not a network experiment.
 */
export function stateFromExperiment(doc) {
  if (!isObject(doc)) throw new Error('an experiment must be a JSON object');
  if (doc.schemaVersion !== 1) throw new Error(`schemaVersion ${JSON.stringify(doc.schemaVersion)} is not supported (1 is)`);
  if (doc.kind !== 'network') throw new Error(`experiments of kind ${JSON.stringify(doc.kind)} cannot be shown in the playground`);
  for (const part of ['data', 'network', 'training']) {
    if (!isObject(doc[part])) throw new Error(`${part}: must be an object`);
  }
  if (doc.features !== undefined && !Array.isArray(doc.features)) throw new Error('features: must be an array');
  if (doc.network.hidden !== undefined && !(Array.isArray(doc.network.hidden) && doc.network.hidden.every(isObject))) {
    throw new Error('network.hidden: must be an array of layers');
  }
  if (doc.data.rows !== undefined && !(Array.isArray(doc.data.rows) && doc.data.rows.every(Array.isArray))) {
    throw new Error('data.rows: must be an array of rows');
  }
  let loaded;
  try {
    loaded = documentState(doc);
  } catch (e) {
    throw new Error(`the experiment could not be read: ${e.message}`);
  }
  const base = defaults();
  const state = { ...loaded.state };
  const warnings = [];
  for (const key of Object.keys(STATE_KEYS)) {
    const value = state[key];
    const ok = value !== undefined && value !== null && parseValue(key, formatValue(key, value)) !== undefined;
    if (!ok) {
      if (value !== undefined && !(key === 'seed' && value === undefined)) {
        warnings.push(`${key}: ${JSON.stringify(value)} is outside what the page shows; using ${formatValue(key, base[key])}`);
      }
      state[key] = base[key];
    }
  }
  if (doc.data.standardize) warnings.push('data.standardize: not available in the playground; ignored');
  if (doc.training.clipNorm) warnings.push('training.clipNorm: not available in the playground; ignored');
  return { state: normalize(state), csvText: typeof loaded.csv === 'string' ? loaded.csv : '', warnings };
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
