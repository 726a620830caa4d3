// The title and the plain-language explanation of each stage, from the message tables.

export function stageTitle(stage, t) {
  return t(`kind.${stage.kind}`, { layer: stage.layer + 1 });
}

export function stageExplanation(snapshot, stage, t) {
  const layer = stage.layer + 1;
  switch (stage.kind) {
    case 'activation': {
      const name = snapshot.layers[stage.layer].activation;
      return name === 'tanh' || name === 'softmax'
        ? t(`explain.activation.${name}`) : t('explain.activation.other', { name });
    }
    case 'loss':
    case 'output-delta':
      return t(`explain.${stage.kind}.${snapshot.lossId === 'cross-entropy' ? 'cross-entropy' : 'mse'}`);
    case 'update':
      return t('explain.update', { rate: snapshot.learningRate });
    default:
      return t(`explain.${stage.kind}`, { layer, next: layer + 1 });
  }
}
