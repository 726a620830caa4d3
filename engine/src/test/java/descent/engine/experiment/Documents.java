package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonParser;
import descent.engine.json.JsonValue;
import descent.engine.json.JsonWriter;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The specification's example documents and a way to change one field of a document. */
final class Documents {

    static final String NETWORK_EXAMPLE = json("{'schemaVersion': 1, 'kind': 'network', 'title': '...', 'description': '...', 'seed': 42,"
            + " 'data': {'source': 'spiral', 'points': 500, 'noise': 0.0, 'trainFraction': 0.5},"
            + " 'features': ['x1', 'x2'],"
            + " 'network': {'hidden': [{'units': 8, 'activation': 'tanh'}], 'output': 'tanh', 'loss': 'mse', 'init': 'glorot'},"
            + " 'training': {'optimizer': 'sgd', 'learningRate': 0.03, 'batchSize': 10, 'epochs': 1000,"
            + "              'regularization': 'none', 'regularizationRate': 0,"
            + "              'stop': {'gradientNorm': 1e-6, 'targetLoss': 0}}}");

    static final String FUNCTION_EXAMPLE = json("{'schemaVersion': 1, 'kind': 'function', 'title': '...', 'function': 'x^2 - 2*x + 1',"
            + " 'start': [3], 'tolerance': 1e-6, 'maxSteps': 10000,"
            + " 'optimizers': [{'optimizer': 'sgd', 'learningRate': 0.1}]}");

    private Documents() {
    }

    /** JSON written with single quotes for readability; there are no apostrophes in the test documents. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /**
     * {@code document} with the field at {@code path} (e.g. "network.hidden[0].units") set to the JSON
     * {@code value} (single quotes allowed), or removed if {@code value} is null. A missing last key is added.
     */
    static String with(String document, String path, String value) {
        JsonValue replacement = value == null ? null : JsonParser.parse(json(value));
        return JsonWriter.compact(set(JsonParser.parse(document), segments(path), 0, replacement));
    }

    static String without(String document, String path) {
        return with(document, path, null);
    }

    static ValidationResult validate(String document) {
        return ExperimentValidator.validate(document);
    }

    static Experiment valid(String document) {
        ValidationResult result = validate(document);
        assertTrue(result.isValid(), () -> "expected valid, got " + result.getErrors());
        return result.getExperiment();
    }

    /** The errors as "field: message" strings. */
    static List<String> errors(String document) {
        ValidationResult result = validate(document);
        assertFalse(result.isValid(), "expected errors");
        List<String> errors = new ArrayList<>();
        for (ValidationError error : result.getErrors()) {
            errors.add(error.toString());
        }
        return errors;
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            segments.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                segments.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return segments;
    }

    private static JsonValue set(JsonValue node, List<Object> segments, int index, JsonValue value) {
        Object segment = segments.get(index);
        boolean last = index == segments.size() - 1;
        if (segment instanceof Integer) {
            List<JsonValue> items = new ArrayList<>(((JsonArray) node).values());
            int position = (Integer) segment;
            if (!last) {
                items.set(position, set(items.get(position), segments, index + 1, value));
            } else if (value == null) {
                items.remove(position);
            } else {
                items.set(position, value);
            }
            return JsonArray.of(items);
        }
        JsonObject object = (JsonObject) node;
        JsonObject.Builder builder = JsonObject.builder();
        for (String key : object.keys()) {
            if (!key.equals(segment)) {
                builder.put(key, object.get(key));
            } else if (!last) {
                builder.put(key, set(object.get(key), segments, index + 1, value));
            } else if (value != null) {
                builder.put(key, value);
            }
        }
        if (last && value != null && !object.has((String) segment)) {
            builder.put((String) segment, value);
        }
        return builder.build();
    }
}
