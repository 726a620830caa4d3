// Export: the experiment document, the trained weights, and a short NumPy script that rebuilds
// the trained network (W with shape (fan_in, fan_out), b with shape (fan_out,), a numerically
// stable softmax) and prints its predictions.

const NUMPY_ACTIVATIONS = {
  linear: 'lambda z: z',
  tanh: 'np.tanh',
  sigmoid: 'lambda z: 1 / (1 + np.exp(-z))',
  relu: 'lambda z: np.maximum(z, 0)',
  'leaky-relu': 'lambda z: np.where(z > 0, z, 0.01 * z)',
  elu: 'lambda z: np.where(z > 0, z, np.expm1(np.minimum(z, 0)))',
  swish: 'lambda z: z / (1 + np.exp(-z))',
  softmax: 'softmax',
};

/** Splits the flat parameter buffer into [{W: rows, b}] per layer. */
export function layersFromParameters(sizes, params) {
  const layers = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const W = [];
    for (let i = 0; i < fanIn; i++) W.push(Array.from(params.subarray(offset + i * fanOut, offset + (i + 1) * fanOut)));
    offset += fanIn * fanOut;
    const b = Array.from(params.subarray(offset, offset + fanOut));
    offset += fanOut;
    layers.push({ W, b });
  }
  return layers;
}

export function weightsJson(experiment, sizes, params, epoch) {
  const layers = layersFromParameters(sizes, params);
  const activations = [...experiment.network.hidden.map((h) => h.activation), experiment.network.output];
  return JSON.stringify({
    schemaVersion: 1,
    kind: 'weights',
    epoch,
    sizes,
    layers: layers.map((layer, l) => ({ activation: activations[l], shape: [sizes[l], sizes[l + 1]], ...layer })),
  }, null, 2);
}

/** The experiment with the trained weights embedded (network.weights / network.biases). */
export function experimentWithWeights(experiment, sizes, params) {
  const layers = layersFromParameters(sizes, params);
  return {
    ...experiment,
    network: { ...experiment.network, weights: layers.map((l) => l.W), biases: layers.map((l) => l.b) },
  };
}

export function numpyScript(experiment, sizes, params, inputNames) {
  const layers = layersFromParameters(sizes, params);
  const activations = [...experiment.network.hidden.map((h) => h.activation), experiment.network.output];
  const fmt = (v) => (Number.isFinite(v) ? String(v) : 'float("nan")');
  const matrix = (rows) => `np.array([\n${rows.map((r) => `    [${r.map(fmt).join(', ')}],`).join('\n')}\n])`;
  const lines = [
    '# Rebuilds the network trained in Descent and runs it on NumPy.',
    `# Inputs (in this order): ${inputNames.join(', ')}`,
    'import numpy as np',
    '',
    'def softmax(z):',
    '    z = z - z.max(axis=1, keepdims=True)  # stable: exp never overflows',
    '    e = np.exp(z)',
    '    return e / e.sum(axis=1, keepdims=True)',
    '',
    'layers = []  # (W with shape (fan_in, fan_out), b with shape (fan_out,), activation)',
  ];
  layers.forEach((layer, l) => {
    lines.push(`W${l + 1} = ${matrix(layer.W)}`);
    lines.push(`b${l + 1} = np.array([${layer.b.map(fmt).join(', ')}])`);
    lines.push(`assert W${l + 1}.shape == (${sizes[l]}, ${sizes[l + 1]}) and b${l + 1}.shape == (${sizes[l + 1]},)`);
    lines.push(`layers.append((W${l + 1}, b${l + 1}, ${NUMPY_ACTIVATIONS[activations[l]] || 'np.tanh'}))  # ${activations[l]}`);
  });
  lines.push('', 'def predict(X):', '    a = np.atleast_2d(np.asarray(X, dtype=float))',
    '    for W, b, f in layers:', '        a = f(a @ W + b)', '    return a', '',
    `print(predict(np.zeros((1, ${sizes[0]}))))`, '');
  return lines.join('\n');
}
