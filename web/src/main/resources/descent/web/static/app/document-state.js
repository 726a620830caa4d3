// The inverse of experiment.js: the page state that an experiment document describes, so a
// saved link, an embed "load" message or a gallery entry opens as the same run. Fields the page
// has no control for (explicit initial weights) are carried over while the network they belong
// to is unchanged.
import { OPTIMIZER_PARAMS, SCHEDULE_PARAMS, UNLIMITED_EPOCHS, defaults, normalize } from './state.js';

/** { state, csv } for a valid network document (the server validated it). */
export function stateFromExperiment(doc) {
  const state = defaults();
  const data = doc.data || {};
  const training = doc.training || {};
  const network = doc.network || {};
  state.seed = doc.seed;
  state.source = data.source;
  if (data.points !== undefined) state.points = data.points;
  if (data.noise !== undefined) state.noise = data.noise;
  if (data.trainFraction !== undefined) state.trainFraction = data.trainFraction;
  if (data.labelColumn !== undefined) state.labelColumn = data.labelColumn;
  if (data.source === 'points') state.pointRows = data.rows.map((row) => row.slice());
  if (doc.features) state.features = doc.features.slice();
  state.hidden = (network.hidden || []).map((layer) => layer.units);
  state.activations = (network.hidden || []).map((layer) => layer.activation);
  state.output = network.output;
  state.loss = network.loss;
  state.optimizer = training.optimizer;
  state.learningRate = training.learningRate;
  for (const name of OPTIMIZER_PARAMS[training.optimizer] || []) {
    if (training[name] !== undefined) state[name] = training[name];
  }
  state.batchSize = training.batchSize;
  state.epochs = training.epochs >= UNLIMITED_EPOCHS ? 0 : training.epochs;
  state.regularization = training.regularization;
  state.regularizationRate = training.regularizationRate;
  if (training.schedule) {
    state.schedule = training.schedule.type;
    for (const name of SCHEDULE_PARAMS[training.schedule.type] || []) {
      if (training.schedule[name] !== undefined) state[name] = training.schedule[name];
    }
  }
  const stop = training.stop || {};
  state.gradientNorm = stop.gradientNorm || 0;
  state.targetLoss = stop.targetLoss || 0;
  return { state: normalize(state), csv: data.csv || '' };
}

const sameNetwork = (a, b) => JSON.stringify([a.data, a.features, a.network.hidden, a.network.output])
  === JSON.stringify([b.data, b.features, b.network.hidden, b.network.output]) && a.seed === b.seed;

/**
 * The page's document with the loaded document's initialisation and explicit weights, when
 * both describe the same data and network; otherwise the page's document unchanged.
 */
export function withLoadedParameters(doc, loaded) {
  if (!loaded || !loaded.network || !sameNetwork(doc, loaded)) return doc;
  const network = { ...doc.network, init: loaded.network.init };
  if (loaded.network.weights) {
    network.weights = loaded.network.weights;
    network.biases = loaded.network.biases;
  }
  return { ...doc, network };
}
