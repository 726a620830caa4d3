package descent.web.walkthrough;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which the walkthrough reveals one training step: forward layer by layer, the
 * loss, then backward from the output, each layer's gradients before the error moves down to
 * the layer below, and finally the update. Each stage is a kind and the layer it concerns
 * (-1 when it concerns no single layer).
 */
final class StagePlan {
  private final List<StageKind> kinds = new ArrayList<>();
  private final List<Integer> layers = new ArrayList<>();

  StagePlan(int layerCount) {
    add(StageKind.INPUT, -1);
    for (int l = 0; l < layerCount; l++) {
      add(StageKind.WEIGHTED_SUM, l);
      add(StageKind.ACTIVATION, l);
    }
    add(StageKind.LOSS, -1);
    add(StageKind.OUTPUT_DELTA, layerCount - 1);
    for (int l = layerCount - 1; l >= 0; l--) {
      add(StageKind.GRADIENTS, l);
      if (l > 0) {
        add(StageKind.UPSTREAM, l - 1);
        add(StageKind.HIDDEN_DELTA, l - 1);
      }
    }
    add(StageKind.UPDATE, -1);
  }

  private void add(StageKind kind, int layer) {
    kinds.add(kind);
    layers.add(layer);
  }

  int size() {
    return kinds.size();
  }

  StageKind kind(int stage) {
    return kinds.get(stage);
  }

  int layer(int stage) {
    return layers.get(stage);
  }
}
