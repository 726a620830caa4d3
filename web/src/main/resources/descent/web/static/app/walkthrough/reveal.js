// When each number becomes visible: a value once the forward pass has computed it, a gradient
// once the backward pass has reached it. Both diagrams and the tests share these rules.
import { stageIndex } from './snapshot.js';

/** Stage at which the value of node kind ('x', 'z', 'a', 'J') in layer l first shows. */
export function valueStage(snapshot, kind, layer) {
  switch (kind) {
    case 'x':
      return stageIndex(snapshot, 'input');
    case 'z':
      return stageIndex(snapshot, 'weighted-sum', layer);
    case 'a':
      return stageIndex(snapshot, 'activation', layer);
    default:
      return stageIndex(snapshot, 'loss');
  }
}

/** Stage at which dJ/d(node) first shows. */
export function gradientStage(snapshot, kind, layer) {
  const last = snapshot.layers.length - 1;
  switch (kind) {
    case 'x':
      return stageIndex(snapshot, 'gradients', 0);
    case 'z':
      return layer === last ? stageIndex(snapshot, 'output-delta') : stageIndex(snapshot, 'hidden-delta', layer);
    case 'a':
      return layer === last ? stageIndex(snapshot, 'output-delta') : stageIndex(snapshot, 'upstream', layer);
    default:
      return stageIndex(snapshot, 'loss');
  }
}

/** Which layer's weights a stage is about (edges to highlight), or -1. */
export function weightLayerOf(stage) {
  switch (stage.kind) {
    case 'weighted-sum':
    case 'gradients':
      return stage.layer;
    case 'upstream':
      return stage.layer + 1;
    default:
      return -1;
  }
}
