// The experiment document (schema version 1) that the page state describes. The same document
// is what createSession() reads, what Export saves, and what the server validates.
import { GENERATED, OPTIMIZER_PARAMS, PLANE, SCHEDULE_PARAMS, UNLIMITED_EPOCHS } from './state.js';

export function outputUnits(state, classes) {
  if (state.output === 'softmax') return Math.max(2, classes);
  return 1;
}

/** csv: {text, labelColumn} when the source is "csv" (the text is not part of the URL). */
export function experimentFromState(state, csv) {
  const data = { source: state.source };
  if (GENERATED.has(state.source)) {
    data.points = state.points;
    data.noise = state.noise;
  }
  if (state.source !== 'xor-table') data.trainFraction = state.trainFraction;
  if (state.source === 'points') data.rows = state.pointRows.map((row) => row.slice());
  if (state.source === 'csv') {
    data.csv = csv ? csv.text : '';
    data.labelColumn = state.labelColumn;
  }
  const training = {
    optimizer: state.optimizer,
    learningRate: state.learningRate,
  };
  for (const name of OPTIMIZER_PARAMS[state.optimizer]) training[name] = state[name];
  Object.assign(training, {
    batchSize: state.batchSize,
    epochs: state.epochs > 0 ? state.epochs : UNLIMITED_EPOCHS,
    regularization: state.regularization,
    regularizationRate: state.regularization === 'none' ? 0 : state.regularizationRate,
  });
  if (state.schedule !== 'constant') {
    const schedule = { type: state.schedule };
    for (const name of SCHEDULE_PARAMS[state.schedule]) {
      schedule[name] = name === 'minLearningRate'
        ? Math.min(state.minLearningRate, state.learningRate) : state[name];
    }
    training.schedule = schedule;
  }
  const stop = {};
  if (state.gradientNorm > 0) stop.gradientNorm = state.gradientNorm;
  if (state.targetLoss > 0) stop.targetLoss = state.targetLoss;
  if (Object.keys(stop).length) training.stop = stop;

  const doc = {
    schemaVersion: 1,
    kind: 'network',
    title: 'Descent playground',
    seed: state.seed,
    data,
  };
  if (PLANE.has(state.source)) doc.features = state.features.slice();
  doc.network = {
    hidden: state.hidden.map((units, i) => ({ units, activation: state.activations[i] })),
    output: state.output,
    loss: state.loss,
    init: 'glorot',
  };
  doc.training = training;
  return doc;
}
