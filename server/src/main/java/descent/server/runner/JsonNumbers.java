package descent.server.runner;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonNull;
import descent.engine.json.JsonNumber;
import descent.engine.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Numbers for the run report: JSON has no NaN or infinity, so those become null. */
final class JsonNumbers {
  private JsonNumbers() {
  }

  static JsonValue of(double value) {
    return Double.isFinite(value) ? JsonNumber.of(value) : JsonNull.INSTANCE;
  }

  static JsonArray array(double[] values) {
    List<JsonValue> items = new ArrayList<>(values.length);
    for (double value : values) {
      items.add(of(value));
    }
    return JsonArray.of(items);
  }
}
