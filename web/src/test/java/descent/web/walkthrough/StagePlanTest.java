package descent.web.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagePlanTest {
  @Test
  void theArticleNetworkGoesForwardThenBackwardLayerByLayerThenUpdates() {
    StagePlan plan = new StagePlan(2);
    List<String> stages = new ArrayList<>();
    for (int s = 0; s < plan.size(); s++) {
      stages.add(plan.kind(s).id() + (plan.layer(s) < 0 ? "" : " " + plan.layer(s)));
    }
    assertEquals(List.of("input", "weighted-sum 0", "activation 0", "weighted-sum 1", "activation 1", "loss",
        "output-delta 1", "gradients 1", "upstream 0", "hidden-delta 0", "gradients 0", "update"), stages);
  }
}
