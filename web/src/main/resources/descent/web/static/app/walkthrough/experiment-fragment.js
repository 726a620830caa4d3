// Reads an experiment document from the URL fragment #experiment=<base64url JSON> (the format
// the playground shares) and turns its network section into what the walkthrough needs. The
// examples are the XOR points: the walkthrough does not generate the other data sets.

const PREFIX = '#experiment=';
const XOR_INPUTS = [0, 0, 0, 1, 1, 0, 1, 1];
const XOR_CLASSES = [0, 1, 1, 0];

/** null when the URL has no experiment, else { spec } or { error } (an English reason). */
export function readExperimentFragment(hash) {
  if (!hash.startsWith(PREFIX)) {
    return null;
  }
  let document;
  try {
    document = JSON.parse(decodeBase64Url(hash.slice(PREFIX.length)));
  } catch (e) {
    return { error: 'not base64url-encoded JSON' };
  }
  try {
    return { spec: toSpec(document) };
  } catch (e) {
    return { error: e.message };
  }
}

function decodeBase64Url(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function toSpec(document) {
  if (document?.kind !== undefined && document.kind !== 'network') {
    throw new Error(`an experiment of kind '${document.kind}' has no network`);
  }
  const network = document?.network;
  if (typeof network !== 'object' || network === null) {
    throw new Error('no network section');
  }
  const hidden = Array.isArray(network.hidden) ? network.hidden : [];
  const weights = Array.isArray(network.weights) ? network.weights : null;
  const output = network.output ?? 'softmax';
  const outputs = weights?.at(-1)?.[0]?.length ?? (output === 'softmax' ? 2 : 1);
  const inputs = document.features?.length || weights?.[0]?.length || 2;
  if (inputs !== 2) {
    throw new Error('the walkthrough takes its examples from the XOR table, which has 2 inputs');
  }
  const numbers = [...(weights ?? []).flat(2), ...(Array.isArray(network.biases) ? network.biases.flat() : [])];
  if (!numbers.every(Number.isFinite)) {
    throw new Error('weights and biases must be numbers');
  }
  const layers = [...hidden.map((layer) => ({ units: layer.units, activation: layer.activation })),
    { units: outputs, activation: output }];
  const targets = XOR_CLASSES.flatMap((label) => (outputs === 1 ? [label] : Array.from({ length: outputs }, (_, k) => (k === label ? 1 : 0))));
  return {
    inputs,
    layers,
    loss: network.loss ?? 'cross-entropy',
    weights: weights ? weights.map((matrix) => matrix.flat()) : null,
    biases: Array.isArray(network.biases) ? network.biases : null,
    seed: Number.isFinite(document.seed) ? document.seed : 1,
    learningRate: document.training?.learningRate ?? 0.1,
    examples: { inputs: XOR_INPUTS, targets },
    dataSource: document.data?.source ?? 'xor',
  };
}

/** Fills the engine's walkthrough builder from a spec read above. */
export function fillBuilder(builder, spec) {
  builder.inputs(spec.inputs);
  for (const layer of spec.layers) {
    builder.layer(layer.units, String(layer.activation));
  }
  builder.loss(String(spec.loss)).seed(spec.seed).learningRate(spec.learningRate);
  spec.weights?.forEach((values, l) => l < spec.layers.length && builder.weights(l, Float64Array.from(values)));
  spec.biases?.forEach((values, l) => l < spec.layers.length && builder.biases(l, Float64Array.from(values)));
  builder.examples(Float64Array.from(spec.examples.inputs), Float64Array.from(spec.examples.targets));
  return builder;
}
