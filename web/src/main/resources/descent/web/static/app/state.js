// The page's whole configuration: ONE explicit list of keys, each with its type, default and
// limits. It round-trips through the URL fragment (url-state.js), so a link or a reload
// reproduces the same run, seed included. Nothing else in the page holds configuration.

export const DATA_SOURCES = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard', 'plane',
  'multi-gauss', 'sine', 'points', 'xor-table', 'iris', 'wine', 'digits', 'csv'];
export const GENERATED = new Set(['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard',
  'plane', 'multi-gauss', 'sine']);
/** Data drawn in the plane (generated or edited by hand): it takes the input features. */
export const PLANE = new Set([...GENERATED, 'points']);
export const MAX_POINTS = 2000;
export const REAL_SETS = new Set(['iris', 'wine', 'digits']);
export const FEATURES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'];
export const ACTIVATIONS = ['tanh', 'relu', 'leaky-relu', 'elu', 'swish', 'sigmoid', 'linear'];
export const OUTPUTS = ['tanh', 'sigmoid', 'linear', 'softmax'];
export const LOSSES = ['mse', 'binary-cross-entropy', 'cross-entropy'];
export const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine', 'cyclical'];
export const REGULARIZATIONS = ['none', 'l1', 'l2'];
export const LEARNING_RATE_PRESETS = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** Which optimizer uses which parameter (the experiment validator rejects the others). */
export const OPTIMIZER_PARAMS = {
  sgd: [], momentum: ['momentum'], nesterov: ['momentum'], adagrad: ['epsilon'],
  rmsprop: ['rho', 'epsilon'], adam: ['beta1', 'beta2', 'epsilon'],
};
export const SCHEDULE_PARAMS = {
  constant: [], step: ['every', 'gamma'], exponential: ['gamma'],
  cosine: ['period', 'minLearningRate'], cyclical: ['period', 'minLearningRate'],
};
export const MAX_HIDDEN_LAYERS = 6;
export const MAX_UNITS = 16;
export const UNLIMITED_EPOCHS = 1000000;

const int = (min, max) => ({ type: 'int', min, max });
const num = (min, max) => ({ type: 'number', min, max });
const oneOf = (values) => ({ type: 'enum', values });
const bool = { type: 'bool' };
const listOf = (item, min, max) => ({ type: 'list', item, min, max });
/** Points [x1, x2, label] written "x_y_label~x_y_label", coordinates to 1/1000. */
const pointList = { type: 'points', max: MAX_POINTS };

/**
 * key: [url name, type, default]. The URL name is short and stable: published links depend on it.
 * Numbers outside their limits, unknown names and malformed lists fall back to the default.
 */
export const STATE_KEYS = {
  seed: ['seed', int(0, 2 ** 31 - 1), 42],
  source: ['data', oneOf(DATA_SOURCES), 'spiral'],
  points: ['points', int(10, 2000), 500],
  noise: ['noise', num(0, 0.5), 0],
  trainFraction: ['train', num(0.1, 0.9), 0.5],
  batchSize: ['batch', int(0, 2000), 10],
  features: ['features', listOf(oneOf(FEATURES), 1, FEATURES.length), ['x1', 'x2']],
  hidden: ['hidden', listOf(int(1, MAX_UNITS), 0, MAX_HIDDEN_LAYERS), [4, 2]],
  activations: ['act', listOf(oneOf(ACTIVATIONS), 0, MAX_HIDDEN_LAYERS), ['tanh', 'tanh']],
  output: ['out', oneOf(OUTPUTS), 'tanh'],
  loss: ['loss', oneOf(LOSSES), 'mse'],
  optimizer: ['opt', oneOf(OPTIMIZERS), 'sgd'],
  learningRate: ['lr', num(1e-7, 100), 0.03],
  momentum: ['momentum', num(0, 0.999), 0.9],
  beta1: ['beta1', num(0, 0.999), 0.9],
  beta2: ['beta2', num(0, 0.9999), 0.999],
  epsilon: ['eps', num(1e-12, 1), 1e-8],
  rho: ['rho', num(0, 0.999), 0.9],
  schedule: ['sched', oneOf(SCHEDULES), 'constant'],
  every: ['every', int(1, 100000), 100],
  gamma: ['gamma', num(0.01, 1), 0.5],
  period: ['period', int(1, 100000), 500],
  minLearningRate: ['minlr', num(0, 100), 0.001],
  regularization: ['reg', oneOf(REGULARIZATIONS), 'none'],
  regularizationRate: ['regrate', num(0, 10), 0],
  epochs: ['epochs', int(0, UNLIMITED_EPOCHS), 0],
  targetLoss: ['target', num(0, 1e6), 0],
  gradientNorm: ['gradnorm', num(0, 1e3), 0],
  showTest: ['test', bool, false],
  discretize: ['discrete', bool, false],
  plotX: ['px', int(0, 63), 0],
  plotY: ['py', int(0, 63), 1],
  labelColumn: ['label', int(-1, 99), -1],
  pointRows: ['pts', pointList, []],
};

export function defaults() {
  const state = {};
  for (const [key, [, , value]] of Object.entries(STATE_KEYS)) {
    state[key] = Array.isArray(value) ? value.slice() : value;
  }
  return state;
}

function parseScalar(type, text) {
  switch (type.type) {
    case 'int': {
      if (!/^-?\d+$/.test(text)) return undefined;
      const v = Number(text);
      return v >= type.min && v <= type.max ? v : undefined;
    }
    case 'number': {
      const v = Number(text);
      return text.trim() !== '' && Number.isFinite(v) && v >= type.min && v <= type.max
        ? v : undefined;
    }
    case 'enum':
      return type.values.includes(text) ? text : undefined;
    case 'bool':
      return text === '1' ? true : text === '0' ? false : undefined;
    default:
      return undefined;
  }
}

function parsePoints(type, text) {
  if (text === '') return [];
  const items = text.split('~');
  if (items.length > type.max) return undefined;
  const rows = [];
  for (const item of items) {
    const parts = item.split('_');
    const row = parts.map(Number);
    if (parts.length !== 3 || parts.some((p) => p.trim() === '') || !row.every(Number.isFinite)
      || Math.abs(row[0]) > 1e6 || Math.abs(row[1]) > 1e6) return undefined;
    rows.push(row);
  }
  return rows;
}

const roundPoint = (v) => Math.round(v * 1000) / 1000;

/** The value for one key from its URL text, or undefined when the text is not valid. */
export function parseValue(key, text) {
  const type = STATE_KEYS[key][1];
  if (type.type === 'points') return parsePoints(type, text);
  if (type.type !== 'list') {
    return parseScalar(type, text);
  }
  const parts = text === '' ? [] : text.split(',');
  if (parts.length < type.min || parts.length > type.max) return undefined;
  const values = parts.map((p) => parseScalar(type.item, p));
  return values.includes(undefined) ? undefined : values;
}

export function formatValue(key, value) {
  const type = STATE_KEYS[key][1];
  if (type.type === 'bool') return value ? '1' : '0';
  if (type.type === 'list') return value.join(',');
  if (type.type === 'points') return value.map((r) => r.map(roundPoint).join('_')).join('~');
  return String(value);
}

/** Hand-drawn data starts from one point of each class (a data set needs at least two rows). */
const STARTER_POINTS = [[-3, -3, 0], [3, 3, 1]];

/** Makes a state consistent: one activation per hidden layer, a loss that fits the output. */
export function normalize(state) {
  const s = { ...state, hidden: state.hidden.slice(), activations: state.activations.slice() };
  while (s.activations.length < s.hidden.length) s.activations.push('tanh');
  s.activations.length = s.hidden.length;
  if (s.output === 'softmax') s.loss = 'cross-entropy';
  else if (s.loss === 'cross-entropy') s.loss = 'mse';
  if (s.loss === 'binary-cross-entropy' && s.output !== 'sigmoid') s.loss = 'mse';
  if (s.features.length === 0) s.features = ['x1', 'x2'];
  s.features = FEATURES.filter((f) => s.features.includes(f));
  if (s.source !== 'points') s.pointRows = [];
  else if (s.pointRows.length < 2) s.pointRows = STARTER_POINTS.map((row) => row.slice());
  return s;
}

/** Keys whose change needs a new session (new data or a new network); the rest apply live. */
export const STRUCTURAL_KEYS = new Set(['seed', 'source', 'points', 'noise', 'trainFraction',
  'features', 'hidden', 'activations', 'output', 'loss', 'labelColumn', 'pointRows']);
/** Keys that change how training proceeds and go to the running session through setters. */
export const TRAINING_KEYS = new Set(['batchSize', 'optimizer', 'learningRate', 'momentum',
  'beta1', 'beta2', 'epsilon', 'rho', 'schedule', 'every', 'gamma', 'period', 'minLearningRate',
  'regularization', 'regularizationRate', 'epochs', 'targetLoss', 'gradientNorm']);
