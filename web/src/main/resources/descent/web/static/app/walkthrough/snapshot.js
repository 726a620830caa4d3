// Reads every number of one walkthrough from the engine once, into plain arrays, so that moving
// between stages never calls into the engine again. Layer l here is the article's layer l + 1.

export function takeSnapshot(walk) {
  const layers = Array.from({ length: walk.layerCount() }, (_, l) => ({
    units: walk.units(l),
    fanIn: l === 0 ? walk.inputSize() : walk.units(l - 1),
    activation: walk.activationId(l),
    W: Array.from(walk.weights(l)),
    b: Array.from(walk.biases(l)),
    z: Array.from(walk.preActivations(l)),
    a: Array.from(walk.activations(l)),
    dJda: Array.from(walk.activationGradients(l)),
    fprime: Array.from(walk.activationDerivatives(l)),
    delta: Array.from(walk.deltas(l)),
    dW: Array.from(walk.weightGradients(l)),
    db: Array.from(walk.biasGradients(l)),
    newW: Array.from(walk.updatedWeights(l)),
    newB: Array.from(walk.updatedBiases(l)),
  }));
  const stages = Array.from({ length: walk.stageCount() }, (_, s) => ({ kind: walk.stageKind(s), layer: walk.stageLayer(s) }));
  return {
    x: Array.from(walk.input()),
    y: Array.from(walk.target()),
    dJdx: Array.from(walk.inputGradient()),
    loss: walk.loss(),
    lossId: walk.lossId(),
    learningRate: walk.learningRate(),
    layers,
    stages,
  };
}

/** The stage index of the first stage of this kind (and layer, when given); -1 if there is none. */
export function stageIndex(snapshot, kind, layer = -1) {
  return snapshot.stages.findIndex((stage) => stage.kind === kind && (layer < 0 || stage.layer === layer));
}
